package org.unmiss.gender.report.persistence;

import java.time.LocalDate;
import java.util.List;

/** The rows of the Gender Section's reports; every row's female and male add up to its total. */
public final class ReportRows {

    private ReportRows() {
    }

    /** @param key the audience or module grouped by; null when not grouped */
    public record TrainingRow(String quarter, String key, long trainings, long female, long male, long total) {
    }

    public record ParticipationRow(int year, String type, long activities, long female, long male, long total, double womenSharePercent) {
    }

    /** @param covered whether any activity was held there in the period */
    public record OfficeCoverageRow(String fieldOffice, long activitiesHeld, long trainingsHeld, long participants, long female,
                                    LocalDate lastActivity, boolean covered) {
    }

    public record TaskForceGaps(String fromQuarter, String toQuarter, int quartersChecked, List<String> quartersWithoutMeeting) {
    }

    /** @param focalPoints appointments running on the day, per component */
    public record FocalPointCoverageRow(String fieldOffice, String component, long focalPoints) {
    }

    static double share(long female, long total) {
        return total == 0 ? 0 : Math.round(female * 1000.0 / total) / 10.0;
    }
}
