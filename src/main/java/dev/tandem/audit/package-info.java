/**
 * The audit trail: who changed what, when, with a before/after summary, readable per
 * subject and globally.
 */
package dev.tandem.audit;
