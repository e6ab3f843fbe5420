/**
 * The organisation's pages and its REST API; controllers here call the org module's
 * public API only.
 */
package dev.tandem.org.web;
