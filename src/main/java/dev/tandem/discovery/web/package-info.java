/**
 * Discovery over HTTP: the discovery pages (htmx, plain forms underneath) and the REST
 * API.
 */
package dev.tandem.discovery.web;
