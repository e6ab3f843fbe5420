/**
 * Forecast: "when?" and "how many by then?" answered with likelihoods by Monte Carlo
 * trials that replay each team's own daily throughput ({@link Forecasting}), never as a
 * promised date.
 */
package dev.tandem.forecast;
