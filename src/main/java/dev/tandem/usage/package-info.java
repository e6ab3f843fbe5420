/**
 * Usage: product usage events received on the Segment and PostHog wire formats from event
 * sources with write keys, kept raw as the source of truth, and rolled up by one worker
 * per database into per-day Roaring bitmaps of users
 * ({@link dev.tandem.usage.UsageRollups}), which the adoption figures are computed from.
 */
package dev.tandem.usage;
