/**
 * Web layer of adoption: ingestion endpoints, the sources API and pages, and the pages
 * and REST API of features and their adoption.
 */
package dev.tandem.adoption.web;
