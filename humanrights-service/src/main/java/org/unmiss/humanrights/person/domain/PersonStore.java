package org.unmiss.humanrights.person.domain;

import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.store.DocumentStore;

import java.util.List;
import java.util.Optional;

/** What the registry's use cases need of the store (ADR 0021); insert and save are the kit's. */
public interface PersonStore extends DocumentStore<Person> {

    /** The person, if the caller's scope covers the office that registered them (another office's is no person). */
    Optional<Person> findVisible(FieldOfficeScope scope, String code);

    /** The people the scope covers, a page at a time. */
    org.springframework.data.domain.Page<Person> list(FieldOfficeScope scope, org.springframework.data.domain.Pageable pageable);

    /** People within the scope, other than {@code code} and not merged, whose whole name hashes to {@code identityKey}. */
    List<String> duplicateCandidates(FieldOfficeScope scope, String identityKey, String code, int limit);

    /** Codes of people (any office, merged ones too) whose name holds every one of the given word hashes. */
    List<String> codesByName(List<String> nameHashes, int limit);

    /** Where the person appears in the cases the scope covers: case, member code, role. */
    List<PersonLinks.Appearance> appearances(FieldOfficeScope scope, String code, int limit);

    /** The references of every case (any office) with a victim or source linked to the person. */
    List<String> casesOf(String code);
}
