package org.unmiss.humanrights.search.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.hrcase.domain.ForbiddenException;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.humanrights.person.domain.PersonStore;
import org.unmiss.humanrights.protection.domain.BlindIndex;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds cases (ADR 0091) by words of their non-sensitive fields and, for holders of HR_SENSITIVE, of their titles
 * (a title is free text only they may read; matching it for others would read it to them a word at a time), and by a
 * person's name for holders of HR_SENSITIVE only: names recorded on the case's victims and sources, and names of the
 * registry's people linked to them. Within the caller's office scope; every search is audited, with its words as
 * blind-index hashes (whoever holds the key can tell what was searched; the log itself names nobody).
 */
@Service
@RequiredArgsConstructor
public class CaseSearch {

    /** Words a query takes at most. */
    public static final int MAX_QUERY_WORDS = 10;
    public static final int MAX_QUERY_LENGTH = 200;
    /** People a name matches at most (their cases are what is listed). */
    static final int MAX_PEOPLE = 500;

    private final CaseSearchStore store;
    private final PersonStore people;
    private final BlindIndex blindIndex;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    /** The matching cases and whether titles were searched (and may be shown). */
    public record Found(Page<HrCase> cases, boolean sensitive) {
    }

    public Found search(String q, String name, Pageable pageable) {
        boolean sensitive = currentUser.hasRole("HR_SENSITIVE");
        List<String> words = words("q", q);
        List<String> nameWords = words("name", name);
        if (q == null && name == null) {
            throw new InvalidRequestException("q", "give q (words) or name (HR_SENSITIVE), or both");
        }
        if (name != null && !sensitive) {
            throw new ForbiddenException("Searching by a person's name needs HR_SENSITIVE");
        }
        List<CaseSearchStore.Word> query = new ArrayList<>();
        for (String word : words) {
            query.add(new CaseSearchStore.Word(blindIndex.hash(BlindIndex.Purpose.FIELD, word),
                    sensitive ? blindIndex.hash(BlindIndex.Purpose.TITLE, word) : null));
        }
        List<String> nameHashes = nameWords.stream().map(w -> blindIndex.hash(BlindIndex.Purpose.NAME, w)).toList();
        List<String> linked = nameHashes.isEmpty() ? List.of() : people.codesByName(nameHashes, MAX_PEOPLE);
        Page<HrCase> found = store.find(currentUser.fieldOffice(), query, nameHashes, linked, pageable);
        audit.record(AuditAction.CASE_SEARCHED, null, "q#" + query.stream().map(CaseSearchStore.Word::field).toList()
                + (sensitive ? " with titles" : " without titles")
                + (nameHashes.isEmpty() ? "" : " name#" + nameHashes + " (" + linked.size() + " people)")
                + " page " + pageable.getPageNumber() + " size " + pageable.getPageSize() + ": " + found.getTotalElements() + " cases");
        return new Found(found, sensitive);
    }

    /** The normalised words of a parameter, checked: null for none given, 400 for one with no word or too many. */
    private static List<String> words(String parameter, String text) {
        if (text == null) {
            return List.of();
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidRequestException(parameter, "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        List<String> words = BlindIndex.words(text);
        if (words.isEmpty()) {
            throw new InvalidRequestException(parameter, "must hold a word of two or more letters or digits");
        }
        if (words.size() > MAX_QUERY_WORDS) {
            throw new InvalidRequestException(parameter, "must hold at most " + MAX_QUERY_WORDS + " words");
        }
        return words;
    }
}
