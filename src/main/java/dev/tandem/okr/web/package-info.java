/**
 * The OKR pages and REST API; controllers here call the okr module's public API only.
 */
package dev.tandem.okr.web;
