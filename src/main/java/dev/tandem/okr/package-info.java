/**
 * Quarterly OKRs checked monthly: objectives in an alignment tree, key results with
 * computed progress, monthly check-ins, quarter closing with scores, and the quarterly
 * commitments a team's product and engineering leads agree.
 */
package dev.tandem.okr;
