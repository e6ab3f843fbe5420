/**
 * The demo organisation that {@code --demo} loads into an empty database, built only
 * through other modules' APIs.
 */
package dev.tandem.demo;
