/** The audit trail page and its read-only API. */
package dev.tandem.audit.web;
