package org.unmiss.vocabulary;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The Uniformed Gender Parity Strategy 2018-2028 (DPO) sets a target for each year and each uniformed group.
 * The platform compares a report with its own year's target; a year (or group) whose target was not found in
 * a public source has none here, and reports say so rather than borrowing another year's figure (issue 14).
 * Only targets found in public material are listed; add a year's figures with their source when they are found.
 */
public final class ParityTargets {

    private static final String STRATEGY_URL = "https://peacekeeping.un.org/en/uniformed-gender-parity-strategy-2018-2018-full-text";

    private static final Source END_STATE = Source.of(
            "DPO, Uniformed Gender Parity Strategy 2018-2028 (2028 targets as relayed by Global News Pakistan for the "
                    + "International Day of UN Peacekeepers, 29 May 2020: 15% contingents, 25% military observers and staff "
                    + "officers, 20% formed police units, 30% individual police officers)",
            "2020-05-29", "https://globalnewspakistan.com/ur/2020/05/30/un-celebrates-women-in-peace-keeping-on-international-un-peacekeeping-day/");
    private static final Source YEAR_2021 = Source.of(
            "DPO, Acknowledging Uniformed Gender Parity Target Achievers (2021 targets: 8% women in troops, 18% in "
                    + "individual military positions; figures as of April 2021, page undated)", null,
            "http://dd-floors.com/en/delegate/acknowledging-uniformed-gender-parity-target-achievers");
    private static final Source YEAR_2025 = Source.of(
            "SIPRI, Women in Multilateral Peace Operations in 2025: What is the State of Play? (2025 targets: 12% troops, "
                    + "22% military experts and staff officers, 15% formed police units), as reported by The New Indian Express",
            "2025-11-02", "https://www.newindianexpress.com/thesundaystandard/2025/Nov/02/share-of-women-still-low-in-global-peace-operations");

    public static final List<ParityTarget> TABLE = List.of(
            new ParityTarget(2021, UniformedGroup.MILITARY_CONTINGENTS, 8, YEAR_2021),
            new ParityTarget(2021, UniformedGroup.MILITARY_EXPERTS_AND_STAFF_OFFICERS, 18, YEAR_2021),
            new ParityTarget(2025, UniformedGroup.MILITARY_CONTINGENTS, 12, YEAR_2025),
            new ParityTarget(2025, UniformedGroup.MILITARY_EXPERTS_AND_STAFF_OFFICERS, 22, YEAR_2025),
            new ParityTarget(2025, UniformedGroup.FORMED_POLICE_UNITS, 15, YEAR_2025),
            new ParityTarget(2028, UniformedGroup.MILITARY_CONTINGENTS, 15, END_STATE),
            new ParityTarget(2028, UniformedGroup.MILITARY_EXPERTS_AND_STAFF_OFFICERS, 25, END_STATE),
            new ParityTarget(2028, UniformedGroup.FORMED_POLICE_UNITS, 20, END_STATE),
            new ParityTarget(2028, UniformedGroup.INDIVIDUAL_POLICE_OFFICERS, 30, END_STATE));

    /** Where the strategy itself is published (it sets annual targets for each uniformed category). */
    public static final String STRATEGY = STRATEGY_URL;

    private final List<ParityTarget> table;

    /** @param table targets to use; tests pass their own, the platform uses {@link #published()} */
    public ParityTargets(List<ParityTarget> table) {
        this.table = List.copyOf(table);
    }

    public static ParityTargets published() {
        return new ParityTargets(TABLE);
    }

    /** The target for {@code group} in {@code year}, if one is on record for that very year. */
    public Optional<ParityTarget> target(int year, UniformedGroup group) {
        return table.stream().filter(t -> t.year() == year && t.group() == group).findFirst();
    }

    /** The target for a personnel sub-category in {@code year}, if it is uniformed and one is on record. */
    public Optional<ParityTarget> forSubCategory(int year, String subCategory) {
        return UniformedGroup.ofSubCategory(subCategory).flatMap(g -> target(year, g));
    }

    /** The years with at least one target on record. */
    public Set<Integer> years() {
        return table.stream().map(ParityTarget::year).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Said in a report for a year with no target on record, instead of a figure. */
    public String missing(int year) {
        return "no " + year + " target of the Uniformed Gender Parity Strategy 2018-2028 is on record (targets on record: "
                + years() + "); the platform does not borrow another year's";
    }
}
