package org.unmiss.poc.earlywarning.domain;

/**
 * Alerts raised in one county in one month, and how fast they were answered.
 *
 * @param unanswered          alerts still without a decided response
 * @param meanHoursToResponse mean hours from alert to decided response over the answered ones; null if none was answered
 * @param maxHoursToResponse  the slowest answered alert's hours; null if none was answered
 */
public record AlertMonthRow(String month, String state, String county, long alerts, long answered, long unanswered,
                            Double meanHoursToResponse, Double medianHoursToResponse, Double maxHoursToResponse) {
}
