/**
 * Product discovery: user evidence (insights), the problems it reveals (opportunities),
 * candidate solutions (ideas) and the experiments that test them, with the evidence
 * guardrail that keeps unproven roadmap items out of Now.
 */
package dev.tandem.discovery;
