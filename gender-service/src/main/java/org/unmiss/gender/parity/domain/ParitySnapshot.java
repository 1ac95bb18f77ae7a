package org.unmiss.gender.parity.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.gender.personnel.domain.StrengthCount;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The last good strength figures read from personnel-service for one as-of day, kept so the
 * parity view can still answer (marked stale) while personnel-service is down or slow. A cache:
 * each fetch replaces it, so it carries no version.
 *
 * @param id the as-of day, ISO
 */
@Document("parity_snapshots")
public record ParitySnapshot(@Id String id, LocalDate asOf, @Indexed Instant fetchedAt, List<StrengthCount> byCategory,
                             List<StrengthCount> byCountry, long total) {
}
