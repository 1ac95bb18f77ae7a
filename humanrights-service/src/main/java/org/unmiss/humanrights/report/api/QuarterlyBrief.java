package org.unmiss.humanrights.report.api;

import org.unmiss.humanrights.hrcase.domain.AgeGroup;
import org.unmiss.humanrights.hrcase.domain.Sex;
import org.unmiss.humanrights.hrcase.domain.ViolationType;

import java.time.LocalDate;
import java.util.List;

/**
 * The quarter's verified figures as the mission's public brief presents them: violations by type,
 * alleged party, state and month; victims by sex and age group (the cells add up to
 * {@code victims}); the four forms of harm; the share of verifications that came late; hate-speech
 * incidents. A violation attributed to two parties counts once for each in {@code byParty}. {@code release} as in
 * {@link MrmReport}.
 */
public record QuarterlyBrief(String quarter, LocalDate from, LocalDate to, long cases, long violations, long victims,
                             List<TypeCount> byType, List<KeyCount> byParty, List<KeyCount> byState, List<KeyCount> byMonth,
                             List<SexAgeCount> victimsBySexAndAgeGroup, Harm formsOfHarm, long lateVerifications,
                             double lateVerificationRate, long hateSpeechIncidents, ReleaseNote release) {

    public record TypeCount(ViolationType type, long violations, long victims) {
    }

    public record KeyCount(String key, long violations) {
    }

    public record SexAgeCount(Sex sex, AgeGroup ageGroup, long victims) {
    }

    public record Harm(long killed, long injured, long abducted, long crsv) {
    }
}
