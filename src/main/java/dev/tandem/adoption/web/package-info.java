/** Web layer of adoption: ingestion endpoints, the sources API and pages. */
package dev.tandem.adoption.web;
