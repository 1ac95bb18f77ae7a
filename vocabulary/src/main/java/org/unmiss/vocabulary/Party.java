package org.unmiss.vocabulary;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A party named in UN reporting as an alleged perpetrator or a party to the ceasefire: one list for human
 * rights and ceasefire monitoring (issue 14), with dated names and the aliases other documents use.
 *
 * @param code          the platform's code, e.g. {@code SPLM-A-IO}
 * @param kind          STATE_ARMED_FORCES, STATE_POLICE, STATE_SECURITY_SERVICE, NON_STATE_ARMED_GROUP, COMMUNITY_MILITIA
 * @param parentCode    the party a faction split from, if any
 * @param effectiveFrom first day under this name; null where no sourced date was found (then not stated)
 * @param effectiveTo   first day no longer under this name (exclusive); null while current
 * @param aliases       other spellings that mean this party, e.g. {@code SPLA-IO}; they resolve to {@code code}
 * @param source        where the name (and its dates) are found in public reporting
 */
public record Party(String code, String name, String kind, String parentCode, LocalDate effectiveFrom, LocalDate effectiveTo,
                    String successorCode, List<String> aliases, Source source) {

    public Party {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(source, "a party cites where it is named");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** Whether the party went by this name on {@code day} (an undated start counts as always). */
    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom)) && (effectiveTo == null || day.isBefore(effectiveTo));
    }
}
