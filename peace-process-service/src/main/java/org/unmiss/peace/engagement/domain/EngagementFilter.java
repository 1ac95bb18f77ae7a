package org.unmiss.peace.engagement.domain;

import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.LocalDate;

/** List filters; null means "any". */
public record EngagementFilter(EngagementStatus status, Level level, String fieldOffice, SouthSudanState state,
                               InterlocutorType interlocutorType, String interlocutorId, String chapter, Topic topic, Atmosphere atmosphere,
                               LocalDate from, LocalDate to) {
}
