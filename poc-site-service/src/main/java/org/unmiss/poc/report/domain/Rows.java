package org.unmiss.poc.report.domain;

import org.unmiss.poc.incident.domain.IncidentCategory;
import org.unmiss.poc.patrol.domain.PatrolType;
import org.unmiss.poc.patrol.domain.Shift;
import org.unmiss.poc.population.domain.CountingMethod;
import org.unmiss.poc.seizure.domain.ItemType;

import java.time.LocalDate;

/** The rows of the service's aggregate reports; each figure disaggregated where its source is. */
public final class Rows {

    private Rows() {
    }

    public record PopulationTrendRow(String siteCode, String state, LocalDate asOf, CountingMethod method,
                                     Integer households, int total, int female, int male, int children, int adults,
                                     int elderly, int femaleChildren, int femaleAdults, int femaleElderly,
                                     int maleChildren, int maleAdults, int maleElderly) {
    }

    public record IncidentMonthRow(String month, String siteCode, IncidentCategory category, long incidents) {
    }

    /**
     * @param category      null for the site's total over all categories
     * @param changePercent change from before to after, null when there were none before
     */
    public record BeforeAfterRow(String siteCode, IncidentCategory category, long before, long after, Double changePercent) {
    }

    public record PatrolSummaryRow(PatrolType type, Shift shift, long patrols, long personnel, long women,
                                   double womenSharePercent) {
    }

    public record SeizureRow(ItemType itemType, long seizures, long items) {
    }

    public record ReturnDestinationRow(String destinationState, String destinationCounty, long returns, long households,
                                       long individuals, long female, long male, long children, long adults, long elderly) {
    }

    /** Percentage change, one decimal; null when there is no base to compare with. */
    public static Double changePercent(long before, long after) {
        return before == 0 ? null : Math.round((after - before) * 1000.0 / before) / 10.0;
    }
}
