package org.unmiss.personnel.person.api;

import org.unmiss.personnel.person.domain.Category;
import org.unmiss.personnel.person.domain.Contacts;
import org.unmiss.personnel.person.domain.PersonDetails;
import org.unmiss.personnel.person.domain.PersonStatus;
import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as a client registers or replaces them. The index number is assigned by the service.
 * Checked as a whole by the service's rules, so every bad field is reported at once.
 */
public record PersonRequest(String familyName, String givenName, Sex sex, LocalDate dateOfBirth, String nationality,
                            Category category, SubCategory subCategory, String rank, String unitCode,
                            List<String> languages, PersonStatus status, String section, String fieldOffice,
                            ContactsBody contacts) {

    /** Personal contact details. */
    public record ContactsBody(String email, String phone) {
    }

    PersonDetails toDetails() {
        return new PersonDetails(trim(familyName), trim(givenName), sex, dateOfBirth, nationality, category, subCategory,
                trim(rank), unitCode, languages, status, trim(section), fieldOffice,
                contacts == null ? null : new Contacts(trim(contacts.email()), trim(contacts.phone())));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
