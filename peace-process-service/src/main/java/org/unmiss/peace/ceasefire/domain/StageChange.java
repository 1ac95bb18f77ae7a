package org.unmiss.peace.ceasefire.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a ceasefire report: the day it happened, what was noted, who recorded it. */
public record StageChange(CeasefireStage from, CeasefireStage to, LocalDate date, String note, String by, Instant at) {
}
