/**
 * Adoption: product usage events received on the Segment and PostHog wire formats from
 * event sources with write keys, kept raw as the source of truth and rolled up by one
 * worker per database into per-day Roaring bitmaps of users ({@link UsageRollups});
 * features defined by the events that mean "used it", and their adoption, stickiness,
 * retention and time to first use against a target.
 */
package dev.tandem.adoption;
