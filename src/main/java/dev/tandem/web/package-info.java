/**
 * The shell every page lives in: layout, navigation, language, error handling and
 * security wiring.
 */
package dev.tandem.web;
