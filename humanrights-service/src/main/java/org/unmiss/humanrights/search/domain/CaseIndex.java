package org.unmiss.humanrights.search.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.CaseTexts;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.hrcase.domain.Source;
import org.unmiss.humanrights.hrcase.domain.Victim;
import org.unmiss.humanrights.hrcase.domain.Violation;
import org.unmiss.humanrights.protection.domain.BlindIndex;
import org.unmiss.humanrights.protection.domain.IdentityVault;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a case is found by (ADR 0091), as blind-index hashes only: the words of its non-sensitive fields (reference,
 * office, state, county, tags, act types, alleged parties, status), of its title, and of the names of its victims and
 * sources. Stored with the case in the same write ({@code searchIndex}), so the index never lags the case; the names
 * and title are opened here only to be hashed, and nothing opened is kept or logged.
 */
@Component
@RequiredArgsConstructor
public class CaseIndex {

    /** Raised when what is indexed changes, so cases indexed under older rules are indexed again at start. */
    public static final int VERSION = 1;
    /** Names hashed at most per case: a case's victims and sources are bounded, this bounds the index too. */
    static final int MAX_HASHES = 2000;

    private final IdentityVault vault;
    private final BlindIndex blindIndex;

    /** The hashes of one case; {@code version} is {@link #VERSION}. */
    public record Entry(int version, List<String> fields, List<String> title, List<String> names) {
    }

    public Entry of(HrCase c) {
        String ref = c.reference();
        Set<String> fields = new LinkedHashSet<>();
        List<String> plain = new ArrayList<>(List.of(ref, c.fieldOffice(), c.status().name()));
        if (c.location() != null) {
            if (c.location().state() != null) {
                plain.add(c.location().state().name());
            }
            if (c.location().county() != null) {
                plain.add(c.location().county());
            }
        }
        plain.addAll(c.tags());
        for (Violation v : c.violations()) {
            plain.add(v.type().name());
            v.perpetrators().forEach(p -> plain.add(p.partyCode()));
        }
        plain.forEach(text -> fields.addAll(blindIndex.hashes(BlindIndex.Purpose.FIELD, text)));
        Set<String> names = new LinkedHashSet<>();
        for (Source s : c.sources()) {
            addName(names, s.sealedName(), ref, "sources/" + s.code() + "/name");
        }
        for (Violation v : c.violations()) {
            for (Victim victim : v.victims()) {
                addName(names, victim.sealedName(), ref, "victims/" + victim.code() + "/name");
            }
        }
        List<String> title = c.sealedTitle() == null ? List.of()
                : blindIndex.hashes(BlindIndex.Purpose.TITLE, vault.open(c.sealedTitle(), ref, CaseTexts.TITLE));
        return new Entry(VERSION, List.copyOf(fields), title, List.copyOf(names));
    }

    private void addName(Set<String> names, String sealed, String reference, String field) {
        if (sealed != null && names.size() < MAX_HASHES) {
            names.addAll(blindIndex.hashes(BlindIndex.Purpose.NAME, vault.open(sealed, reference, field)));
        }
    }
}
