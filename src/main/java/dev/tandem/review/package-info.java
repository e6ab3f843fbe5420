/**
 * Review: the monthly review that answers "are we working on the right things?", computed
 * through the other modules' APIs and kept as a snapshot once the month is closed.
 */
package dev.tandem.review;
