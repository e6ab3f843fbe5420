/**
 * The outcome roadmap: items in Now, Next, Later and Vision lanes, tied to objectives,
 * with no promised dates.
 */
package dev.tandem.roadmap;
