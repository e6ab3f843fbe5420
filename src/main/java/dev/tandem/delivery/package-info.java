/**
 * Delivery: teams' work items moved through a workflow whose history gives cycle time and
 * throughput, with estimates, dependencies across teams and releases.
 */
package dev.tandem.delivery;
