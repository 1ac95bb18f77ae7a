package org.unmiss.gender.activity.persistence;

import org.unmiss.gender.activity.domain.ActivityStatus;
import org.unmiss.gender.activity.domain.ActivityType;
import org.unmiss.gender.activity.domain.Audience;
import org.unmiss.gender.activity.domain.TrainingModule;
import org.unmiss.kit.security.FieldOfficeScope;

import java.time.LocalDate;

/**
 * Which activities a list asks for; null means any. {@code scope} is the caller's field office:
 * a bound user sees only their office's activities whatever {@code fieldOffice} asks.
 */
public record ActivityFilter(FieldOfficeScope scope, ActivityType type, ActivityStatus status, String fieldOffice, LocalDate from,
                             LocalDate to, String pillar, Audience audience, TrainingModule module, String partner) {
}
