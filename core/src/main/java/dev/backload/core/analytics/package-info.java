/**
 * Training-load analytics of a training log, exactly as {@code analytics.md} (version 1) defines
 * them: per-set e1RM, the day series with EWMA and uncoupled acute:chronic ratios, ISO weeks with
 * change, monotony and strain, and descriptive flags.
 *
 * <p>Every number here is descriptive. Nothing in this package is an injury risk, a probability or
 * a verdict (clinical-sources.md 5.5).
 */
package dev.backload.core.analytics;
