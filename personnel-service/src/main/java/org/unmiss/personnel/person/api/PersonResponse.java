package org.unmiss.personnel.person.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.unmiss.personnel.person.domain.Category;
import org.unmiss.personnel.person.domain.Deployment;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.personnel.person.domain.PersonStatus;
import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as personnel readers see them. {@code dateOfBirth} and {@code contacts} are personal and
 * present only for callers with PERSONNEL_WRITE; for others they are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PersonResponse(String indexNumber, String familyName, String givenName, Sex sex, String nationality,
                             Category category, SubCategory subCategory, String rank, String unitCode,
                             List<String> languages, PersonStatus status, String section, String fieldOffice,
                             CurrentDeployment currentDeployment, LocalDate dateOfBirth, PersonRequest.ContactsBody contacts) {

    /** The deployment the person is serving now, if any. */
    public record CurrentDeployment(String id, String fieldOffice, String unitCode, LocalDate startDate, LocalDate endDate) {
    }

    static PersonResponse from(Person p, boolean withPersonalFields) {
        CurrentDeployment current = p.deployments().stream()
                .filter(d -> d.status() == org.unmiss.personnel.person.domain.DeploymentStatus.ACTIVE)
                .findFirst().map(PersonResponse::current).orElse(null);
        return new PersonResponse(p.indexNumber(), p.familyName(), p.givenName(), p.sex(), p.nationality(), p.category(),
                p.subCategory(), p.rank(), p.unitCode(), p.languages(), p.status(), p.section(), p.fieldOffice(), current,
                withPersonalFields ? p.dateOfBirth() : null,
                withPersonalFields && p.contacts() != null
                        ? new PersonRequest.ContactsBody(p.contacts().email(), p.contacts().phone()) : null);
    }

    private static CurrentDeployment current(Deployment d) {
        return new CurrentDeployment(d.id(), d.fieldOffice(), d.unitCode(), d.startDate(), d.endDate());
    }
}
