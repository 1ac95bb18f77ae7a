package org.unmiss.peace.ceasefire.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A monitoring team kept from a site: itself an outcome the mechanism records and reports.
 *
 * @param deniedBy the party (or authority) that denied access
 */
public record AccessDenial(LocalDate date, String place, String deniedBy, String note, CeasefireStage stage,
                           String recordedBy, Instant recordedAt) {
}
