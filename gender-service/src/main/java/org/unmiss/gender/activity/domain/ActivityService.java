package org.unmiss.gender.activity.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.store.ReferenceNumbers;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Recording and changing gender activities and their action points (ADR 33), each within the caller's field
 * office. The rules of an activity's own state (status moves once, action points only on meetings, the version
 * the client read) are the record's ({@link GenderActivity}); the rules that need the pillars on record and
 * "today" are {@link ActivityRules}.
 */
@Service
@RequiredArgsConstructor
public class ActivityService {

    private static final String WHAT = "Activities";

    private final ActivityStore activities;
    private final ReferenceNumbers numbers;
    private final CurrentUser user;
    private final Clock clock;

    public GenderActivity visible(String id) {
        return activities.visible(id, user.fieldOffice()).orElseThrow(() -> new NotFoundException("Activity", id));
    }

    /** PLANNED unless given (HELD when recorded after the fact). */
    public GenderActivity record(ActivityDetails details, ActivityStatus requested) {
        user.requireCovers(details.fieldOffice(), WHAT);
        ActivityStatus status = requested == null ? ActivityStatus.PLANNED : requested;
        ActivityRules.check(details, status, activities.pillarCodes(), today());
        return activities.insert(GenderActivity.record(numbers.next("GA", details.startDate().getYear()), details, status,
                user.username().orElseThrow(), clock.instant()));
    }

    public GenderActivity revise(String id, long version, ActivityDetails details, ActivityStatus statusInRequest) {
        GenderActivity current = visible(id);
        if (statusInRequest != null && statusInRequest != current.status()) {
            throw new InvalidRequestException("status", "is changed through POST /api/v1/gender-activities/" + id + "/status");
        }
        user.requireCovers(details.fieldOffice(), WHAT);
        ActivityRules.check(details, current.status(), activities.pillarCodes(), today());
        return activities.save(current.revise(details, version, clock.instant()));
    }

    public GenderActivity changeStatus(String id, long version, ActivityStatus status, String reason) {
        return activities.save(visible(id).transition(status, reason, today(), version, clock.instant()));
    }

    public GenderActivity addActionPoint(String id, long version, String description, String owner, LocalDate dueDate) {
        return activities.save(visible(id).addActionPoint(description.trim(), owner.trim(), dueDate, version, clock.instant()));
    }

    public GenderActivity updateActionPoint(String id, String pointId, long version, String owner, LocalDate dueDate,
                                            ActionPointStatus status, String followUp) {
        return activities.save(visible(id).updateActionPoint(pointId, owner.trim(), dueDate, status, followUp, today(), version,
                clock.instant()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
