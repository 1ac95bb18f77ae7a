package org.unmiss.personnel.person.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.store.ReferenceNumbers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Registering and changing named personnel records (ADR 33): each within the caller's field office, checked
 * against the offices and units on record, and announced to the readers that cache figures over them.
 */
@Service
@RequiredArgsConstructor
public class PersonService {

    private static final String WHAT = "Personnel records";

    private final PersonStore people;
    private final ReferenceNumbers indexNumbers;
    private final CurrentUser user;
    private final Clock clock;

    /** A published person within the caller's field office; 404 outside it, as if there were none. */
    public Person visible(String indexNumber) {
        return people.findPublished(indexNumber).filter(p -> user.covers(p.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Person", indexNumber));
    }

    public Person register(PersonDetails details) {
        check(details);
        user.requireCovers(details.fieldOffice(), WHAT);
        Person saved = people.insert(Person.register(Person.indexNumber(indexNumbers.reserve(Person.INDEX_PREFIX, 1)), details));
        people.changed(List.of(saved));
        return saved;
    }

    /** Replaces the details (the deployments stay); one writer of a person at a time, as the write replaces them too. */
    public Person update(String indexNumber, long version, PersonDetails details) {
        Person saved = people.oneWriter(indexNumber, () -> {
            Person current = visible(indexNumber);
            check(details);
            user.requireCovers(details.fieldOffice(), WHAT);
            return people.save(current.withDetails(details, version));
        });
        people.changed(List.of(saved));
        return saved;
    }

    private void check(PersonDetails details) {
        new FieldErrors().addAll(PersonRules.check(details, people.references(), LocalDate.now(clock), "")).throwIfAny();
    }
}
