package org.unmiss.gender.activity.api;

import org.bson.Document;
import org.unmiss.gender.activity.domain.ActionPointStatus;
import org.unmiss.gender.activity.domain.ActivityType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;

/** An action point with the meeting it came from, and how many days it is overdue (0 if it is not). */
public record ActionPointListItem(String activityId, ActivityType activityType, String activityTitle, LocalDate meetingDate,
                                  String fieldOffice, String id, String description, String owner, LocalDate dueDate,
                                  ActionPointStatus status, String followUp, LocalDate closedOn, boolean overdue, long daysOverdue) {

    static ActionPointListItem from(Document row, LocalDate today) {
        Document details = row.get("details", Document.class);
        Document point = row.get("actionPoints", Document.class);
        ActionPointStatus status = ActionPointStatus.valueOf(point.getString("status"));
        LocalDate due = day(point.getDate("dueDate"));
        boolean overdue = !status.isFinal() && due.isBefore(today);
        return new ActionPointListItem(row.getString("_id"), ActivityType.valueOf(details.getString("type")), details.getString("title"),
                day(details.getDate("startDate")), details.getString("fieldOffice"), point.getString("_id"), point.getString("description"),
                point.getString("owner"), due, status, point.getString("followUp"), day(point.getDate("closedOn")), overdue,
                overdue ? ChronoUnit.DAYS.between(due, today) : 0);
    }

    /** Spring Data stores a LocalDate as the start of that day in the JVM's zone; read it back the same way. */
    private static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }
}
