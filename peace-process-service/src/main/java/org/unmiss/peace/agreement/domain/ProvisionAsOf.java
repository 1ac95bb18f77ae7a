package org.unmiss.peace.agreement.domain;

import java.time.LocalDate;

/**
 * One provision's position on a given day.
 *
 * @param since        the day that status took effect
 * @param pastDeadline the deadline had passed on that day without the provision being implemented
 * @param synthetic    the status in force is demo data, not taken from a public report
 */
public record ProvisionAsOf(String code, String title, ImplementationStatus status, LocalDate since,
                            Double measuredValue, Double target, LocalDate deadline, boolean pastDeadline,
                            boolean synthetic) {
}
