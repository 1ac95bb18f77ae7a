package org.unmiss.personnel.person;

import org.junit.jupiter.api.Test;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.personnel.person.domain.Category;
import org.unmiss.personnel.person.domain.Contacts;
import org.unmiss.personnel.person.domain.PersonDetails;
import org.unmiss.personnel.person.domain.PersonReferences;
import org.unmiss.personnel.person.domain.PersonRules;
import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

public class PersonRulesTest {

    public static final PersonReferences REFERENCES = new PersonReferences() {
        @Override
        public boolean knowsOffice(String code) {
            return List.of("JUBA", "TORIT").contains(code);
        }

        @Override
        public boolean officeOpenOn(String code, LocalDate date) {
            return code.equals("JUBA") || date.isBefore(LocalDate.of(2026, 1, 1));
        }

        @Override
        public boolean knowsUnit(String code) {
            return code.equals("RWA-FPU-1");
        }
    };
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static PersonDetails details(Category category, SubCategory sub) {
        return new PersonDetails("Velkov", "Amara", Sex.FEMALE, LocalDate.of(1990, 1, 1), "RWA", category, sub, "Constable",
                "RWA-FPU-1", List.of("en", "fr"), null, null, "JUBA", new Contacts("a.v@un.org", "+211 92 123 4567"));
    }

    @Test
    void acceptsAConsistentPerson() {
        assertThat(PersonRules.check(details(Category.POLICE, SubCategory.FORMED_POLICE_UNIT), REFERENCES, TODAY, "")).isEmpty();
    }

    @Test
    void aSubCategoryOfAnotherCategoryNamesBothFields() {
        List<FieldError> errors = PersonRules.check(details(Category.MILITARY, SubCategory.FORMED_POLICE_UNIT), REFERENCES, TODAY, "");
        assertThat(errors).extracting(FieldError::field).containsExactly("category", "subCategory");
        assertThat(errors.get(0).reason()).contains("FORMED_POLICE_UNIT belongs to category POLICE");
    }

    @Test
    void reportsEveryBadFieldAtOnce() {
        PersonDetails bad = new PersonDetails(" ", null, null, LocalDate.of(2020, 1, 1), "XYZ", null, null, null, "NOPE",
                List.of("english"), null, null, "ATLANTIS", new Contacts("not-mail", "call me"));
        assertThat(PersonRules.check(bad, REFERENCES, TODAY, "line 7: ")).extracting(FieldError::field).containsExactlyInAnyOrder(
                "line 7: familyName", "line 7: givenName", "line 7: sex", "line 7: nationality", "line 7: category",
                "line 7: subCategory", "line 7: dateOfBirth", "line 7: fieldOffice", "line 7: unitCode",
                "line 7: languages[0]", "line 7: contacts.email", "line 7: contacts.phone");
    }

    @Test
    void aDeploymentNeedsAnOfficeOpenOnItsStartAndAnOrderedPeriod() {
        assertThat(PersonRules.checkDeployment("TORIT", null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), REFERENCES, ""))
                .extracting(FieldError::field).containsExactly("fieldOffice");
        assertThat(PersonRules.checkDeployment("JUBA", null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), REFERENCES, ""))
                .extracting(FieldError::field).containsExactly("startDate", "endDate");
    }
}
