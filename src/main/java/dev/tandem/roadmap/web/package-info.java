/**
 * The roadmap over HTTP: the board and item pages (htmx, with plain forms underneath) and
 * the REST API.
 */
package dev.tandem.roadmap.web;
