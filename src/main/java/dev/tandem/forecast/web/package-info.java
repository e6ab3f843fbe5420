/**
 * Forecasts over HTTP and on pages: the API, the panels on roadmap item and team pages,
 * the answer to okr's commitment forecast port and the settings page.
 */
package dev.tandem.forecast.web;
