package org.unmiss.vocabulary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * UNMISS's authorised ceilings, dated by the resolution that set or kept them, each with its source. A strength
 * report for a day is measured against the ceiling in force that day (issue 14): the latest resolution adopted
 * on or before it. Renewals that kept the figures are listed where a source was found, so the report names the
 * resolution actually in force; renewals not listed here did not change the figures as far as the sources show.
 */
public final class Ceilings {

    /** Oldest first. */
    public static final List<Ceiling> SERIES = List.of(
            new Ceiling("1996 (2011)", LocalDate.of(2011, 7, 8), 7_000, 900, null,
                    "Establishes UNMISS: up to 7,000 military and 900 civilian police personnel.",
                    Source.of("Catholic Radio Network (UN News relay): UN authorizes new mission in South Sudan, resolution 1996 (2011)",
                            "2011-07-09", "https://catholicradionetwork.org/2011/07/09/un-authorizes-new-mission-in-south-sudan")),
            new Ceiling("2132 (2013)", LocalDate.of(2013, 12, 24), 12_500, 1_323, null,
                    "Raises the military component to 12,500 troops and the police component, including formed police units, to 1,323.",
                    Source.of("S/RES/2132 (2013), adopted at the 7091st meeting", "2013-12-24", "http://unscr.com/en/resolutions/2132")),
            new Ceiling("2155 (2014)", LocalDate.of(2014, 5, 27), 12_500, 1_323, null,
                    "Mandate restructured; ceiling of 12,500 troops and a police component of up to 1,323.",
                    Source.of("UN press release SC/11414: Security Council, adopting resolution 2155 (2014), extends mandate of Mission in South Sudan",
                            "2014-05-27", "https://press.un.org/en/2014/sc11414.doc.htm")),
            new Ceiling("2223 (2015)", LocalDate.of(2015, 5, 28), 12_500, 1_323, null,
                    "Mandate extended to 30 November 2015 without changing troop or police numbers (up to 12,500 troops and 1,323 police).",
                    Source.of("UN press release SC/11910 (resolution 2223 (2015)) and UN News, 28 May 2015: Security Council renews mandate of UN Mission in South Sudan",
                            "2015-05-28", "https://press.un.org/en/2015/sc11910.doc.htm")),
            new Ceiling("2252 (2015)", LocalDate.of(2015, 12, 15), 13_000, 2_001, 78,
                    "Force levels raised to 13,000 troops and 2,001 police personnel, including individual police officers, formed police units and 78 corrections officers.",
                    Source.of("UN press release SC/12161: resolution 2252 (2015); Xinhua, 16 December 2015, quoting the resolution",
                            "2015-12-15", "https://press.un.org/en/2015/sc12161.doc.htm")),
            new Ceiling("2304 (2016)", LocalDate.of(2016, 8, 12), 17_000, null, null,
                    "Troops up to 17,000, including 4,000 for the Regional Protection Force; the police figure is not stated in the release found.",
                    Source.of("UN press release SC/12475: adopting resolution 2304 (2016), Security Council extends Mission in South Sudan",
                            "2016-08-12", "https://press.un.org/en/2016/sc12475.doc.htm")),
            new Ceiling("2327 (2016)", LocalDate.of(2016, 12, 16), 17_000, 2_101, 78,
                    "Mandate to 15 December 2017; 17,000 troops including a 4,000-strong Regional Protection Force, 2,101 police and 78 corrections officers.",
                    Source.of("UN press release SC/12634 (resolution 2327 (2016)); The Times of Africa, 19 December 2016, for the figures",
                            "2016-12-16", "https://press.un.org/en/2016/sc12634.doc.htm")),
            new Ceiling("2406 (2018)", LocalDate.of(2018, 3, 15), 17_000, 2_101, null,
                    "Overall force levels maintained: 17,000 troops (Regional Protection Force not to exceed 4,000) and 2,101 police.",
                    Source.of("Xinhua, 15 March 2018: resolution 2406 extends UNMISS mandate", "2018-03-15",
                            "http://m.yinlong168.com/english/2018-03/16/c_137042004.htm")),
            new Ceiling("2567 (2021)", LocalDate.of(2021, 3, 12), 17_000, 2_101, 88,
                    "Overall force levels maintained at 17,000 troops and 2,101 police, including 88 corrections officers.",
                    Source.of("UN press release SC/14466: Security Council extends mandate of UNMISS, unanimously adopting resolution 2567 (2021)",
                            "2021-03-12", "https://press.un.org/en/2021/sc14466.doc.htm")),
            new Ceiling("2625 (2022)", LocalDate.of(2022, 3, 15), 17_000, 2_101, null,
                    "Total force levels maintained: 17,000 troops and 2,101 police.",
                    Source.of("NC Morning Post, March 2022: Security Council renews mandate of UN Mission in South Sudan (resolution 2625)",
                            "2022-03-15", "https://ncmorningpost.com/security-council-renews-mandate-of-un-mission-in-south-sudan/")),
            new Ceiling("2729 (2024)", LocalDate.of(2024, 4, 29), 17_000, 2_101, 88,
                    "Troop ceiling of 17,000 and police ceiling of 2,101, including 88 justice and corrections advisors, to 30 April 2025.",
                    Source.of("UN press release SC/15687: Security Council renews UNMISS for one year, adopting resolution 2729 (2024)",
                            "2024-04-29", "https://press.un.org/en/2024/sc15687.doc.htm")));

    private Ceilings() {
    }

    /** The ceiling in force on {@code day}: the latest resolution adopted on or before it; empty before the mission existed. */
    public static Optional<Ceiling> inForceOn(LocalDate day) {
        return SERIES.stream().filter(c -> !c.adopted().isAfter(day)).max(Comparator.comparing(Ceiling::adopted));
    }
}
