package org.unmiss.humanrights.person.api;

import org.unmiss.humanrights.hrcase.domain.AgeGroup;
import org.unmiss.humanrights.hrcase.domain.Sex;
import org.unmiss.humanrights.person.domain.PersonLinks;
import org.unmiss.humanrights.person.domain.PersonService;

import java.time.Instant;
import java.util.List;

/**
 * A person of the registry as the API shows it: by code to everyone; {@code name} and {@code duplicateCandidates}
 * (other people of the caller's scope whose whole name is the same, by the blind index) only to HR_SENSITIVE, null
 * otherwise; {@code nameRecorded} says whether there is a name to see. {@code appearances}: the victim and source
 * records that are this person, in the cases the caller's office covers.
 */
public record PersonResponse(String code, String fieldOffice, Sex sex, Integer age, AgeGroup ageGroup, boolean nameRecorded,
                             String name, List<String> duplicateCandidates, String mergedInto, Instant mergedAt,
                             String mergedBy, List<PersonLinks.Appearance> appearances, Instant createdAt, String createdBy) {

    static PersonResponse from(PersonService.Viewed viewed) {
        var p = viewed.person();
        return new PersonResponse(p.code(), p.fieldOffice(), p.sex(), p.age(), p.ageGroup(), p.hasName(), viewed.name(),
                viewed.duplicateCandidates(), p.mergedInto(), p.mergedAt(), p.mergedBy(), viewed.appearances(), p.createdAt(),
                p.createdBy());
    }
}
