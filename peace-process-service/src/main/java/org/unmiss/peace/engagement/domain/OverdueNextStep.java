package org.unmiss.peace.engagement.domain;

import java.time.LocalDate;

public record OverdueNextStep(String engagementId, String fieldOffice, LocalDate engagementDate, String action,
                              String owner, LocalDate dueDate) {
}
