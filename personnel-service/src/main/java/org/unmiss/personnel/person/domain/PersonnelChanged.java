package org.unmiss.personnel.person.domain;

import java.util.List;

/**
 * Published after personnel were written and the store's change marker moved to {@code marker}: lets
 * what is derived from them (the strength snapshot) follow without re-reading everyone.
 *
 * @param people the people as written (empty if the write was undone)
 */
public record PersonnelChanged(long marker, List<Person> people) {
}
