package org.unmiss.personnel.person.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a client states about a person, in a create, an update or one CSV row; checked by
 * {@link PersonRules} before anything is written.
 *
 * @param fieldOffice the person's duty station; an activated deployment moves it
 * @param section     organisational section for civilians, e.g. {@code Gender Section}
 */
public record PersonDetails(String familyName, String givenName, Sex sex, LocalDate dateOfBirth, String nationality,
                            Category category, SubCategory subCategory, String rank, String unitCode,
                            List<String> languages, PersonStatus status, String section, String fieldOffice,
                            Contacts contacts) {
}
