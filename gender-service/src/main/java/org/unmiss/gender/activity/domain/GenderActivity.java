package org.unmiss.gender.activity.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.kit.feed.PolledForChanges;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A programme activity of the Gender Section: a training, forum, dialogue, Open Day, task-force
 * meeting, advocacy initiative, technical support or research. Its action points live inside it,
 * so every rule spanning both is kept by one atomic write.
 *
 * @param id        reference number people cite, {@code GA-<year>-<six digits>}
 * @param quarter   {@code 2016-Q3}, from the start date, for the quarterly reports
 */
@Document("gender_activities")
@PolledForChanges
public record GenderActivity(@Id String id, ActivityDetails details, @Indexed String quarter, @Indexed ActivityStatus status,
                             String cancellationReason, List<ActionPoint> actionPoints, int actionPointSequence,
                             String recordedBy, Instant recordedAt, Instant updatedAt, @Version Long version) {

    public GenderActivity {
        actionPoints = actionPoints == null ? List.of() : List.copyOf(actionPoints);
    }

    public static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    public static GenderActivity record(String id, ActivityDetails details, ActivityStatus status, String by, Instant now) {
        if (status == ActivityStatus.CANCELLED) {
            throw new InvalidRequestException("status", "must be PLANNED or HELD when recording; cancel a planned activity with its reason");
        }
        return new GenderActivity(id, details, quarterOf(details.startDate()), status, null, List.of(), 0, by, now, now, null);
    }

    /** The same activity with new details, as the client saw it at {@code version}. */
    public GenderActivity revise(ActivityDetails changed, long clientVersion, Instant now) {
        if (status == ActivityStatus.CANCELLED) {
            throw new ConflictException(id + " is cancelled; a cancelled activity is not edited");
        }
        if (changed.type() != details.type() && !actionPoints.isEmpty() && !changed.type().producesActionPoints()) {
            throw new ConflictException(id + " has action points; it cannot become a " + changed.type());
        }
        return new GenderActivity(id, changed, quarterOf(changed.startDate()), status, cancellationReason, actionPoints,
                actionPointSequence, recordedBy, recordedAt, now, clientVersion);
    }

    /** PLANNED to HELD (the held rules apply) or to CANCELLED (a reason is required); nothing leaves HELD or CANCELLED. */
    public GenderActivity transition(ActivityStatus target, String reason, LocalDate today, long clientVersion, Instant now) {
        if (status != ActivityStatus.PLANNED) {
            throw new ConflictException(id + " is " + status + "; only a PLANNED activity can become HELD or CANCELLED");
        }
        String cancellation = null;
        switch (target) {
            case PLANNED -> throw new ConflictException(id + " is already PLANNED");
            case HELD -> {
                var errors = ActivityRules.heldRules(details, today);
                if (!errors.isEmpty()) {
                    throw new InvalidRequestException(id + " cannot be recorded as held: "
                            + errors.stream().map(e -> e.field() + " " + e.reason()).reduce((a, b) -> a + "; " + b).orElse(""), errors);
                }
            }
            case CANCELLED -> {
                if (reason == null || reason.isBlank()) {
                    throw new InvalidRequestException("reason", "is required to cancel an activity");
                }
                cancellation = reason.trim();
            }
        }
        return new GenderActivity(id, details, quarter, target, cancellation, actionPoints, actionPointSequence, recordedBy,
                recordedAt, now, clientVersion);
    }

    public GenderActivity addActionPoint(String description, String owner, LocalDate dueDate, long clientVersion, Instant now) {
        if (!details.type().producesActionPoints()) {
            throw new ConflictException(id + " is a " + details.type()
                    + "; action points are recorded for forums, dialogues and task-force meetings");
        }
        if (status == ActivityStatus.CANCELLED) {
            throw new ConflictException(id + " is cancelled; it has no action points");
        }
        int next = actionPointSequence + 1;
        List<ActionPoint> all = new ArrayList<>(actionPoints);
        all.add(new ActionPoint("AP-" + next, description, owner, dueDate, ActionPointStatus.OPEN, null, null));
        return new GenderActivity(id, details, quarter, status, cancellationReason, all, next, recordedBy, recordedAt, now, clientVersion);
    }

    /** Changes one action point; a DONE or DROPPED one keeps its status (its follow-up can still be noted). */
    public GenderActivity updateActionPoint(String pointId, String owner, LocalDate dueDate, ActionPointStatus newStatus, String followUp,
                                            LocalDate today, long clientVersion, Instant now) {
        ActionPoint current = actionPoint(pointId);
        if (current.status().isFinal() && newStatus != current.status()) {
            throw new ConflictException(id + "/" + pointId + " is " + current.status() + "; a closed action point is not reopened");
        }
        LocalDate closedOn = newStatus.isFinal() ? (current.closedOn() != null ? current.closedOn() : today) : null;
        ActionPoint changed = new ActionPoint(pointId, current.description(), owner, dueDate, newStatus, followUp, closedOn);
        List<ActionPoint> all = actionPoints.stream().map(p -> p.id().equals(pointId) ? changed : p).toList();
        return new GenderActivity(id, details, quarter, status, cancellationReason, all, actionPointSequence, recordedBy, recordedAt, now,
                clientVersion);
    }

    public ActionPoint actionPoint(String pointId) {
        return actionPoints.stream().filter(p -> p.id().equals(pointId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Action point", id + "/" + pointId));
    }
}
