package org.unmiss.peace.agreement.domain;

/**
 * A measurable target a provision sets, e.g. 35 percent women in the executive.
 *
 * @param unit what the measured values count, e.g. {@code PERCENT}
 */
public record Benchmark(String description, String unit, double target) {
}
