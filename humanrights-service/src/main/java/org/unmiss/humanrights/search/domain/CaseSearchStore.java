package org.unmiss.humanrights.search.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.unmiss.humanrights.hrcase.domain.HrCase;
import org.unmiss.kit.security.FieldOfficeScope;

import java.util.List;

/** What the search needs of the store (ADR 0021). */
public interface CaseSearchStore {

    /**
     * The cases within the scope that match every word (its field hash, or its title hash when given) and, when
     * {@code nameHashes} is not empty, hold every name hash or link a victim or source to one of {@code people}.
     */
    Page<HrCase> find(FieldOfficeScope scope, List<Word> words, List<String> nameHashes, List<String> people, Pageable pageable);

    /** One query word: its hash as a field word, and as a title word (null: titles are not searched). */
    record Word(String field, String title) {
    }
}
