package org.unmiss.humanrights.person.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.humanrights.hrcase.domain.AgeGroup;
import org.unmiss.humanrights.hrcase.domain.Sex;
import org.unmiss.kit.problem.ConflictException;

import java.time.Instant;
import java.util.List;

/**
 * A person of the registry (ADR 0090): the one individual behind victim and source records of any number of acts and
 * cases, known to everyone without HR_SENSITIVE by a pseudonymous code ({@code P-7K3Q9X}). The name is sealed as
 * victims' identities are ({@code IdentityVault}, record = the person's code, field {@code name}); the store holds no
 * readable name, only the blind index's keyed hashes of its words ({@code nameHashes}, for the name search) and of
 * the whole name ({@code identityKey}, for duplicate candidates). {@code age} is the age at the incident it was given
 * for. A merged person keeps its record, pointing to the person it was merged into, so a code once seen still answers.
 * Which cases a person is in is read from the cases ({@code personCode} of their victims and sources), so a link is one
 * write of one case.
 */
@Document("hr_people")
public record Person(@Id String code, String fieldOffice, String sealedName, Sex sex, Integer age, AgeGroup ageGroup,
                     @Indexed String identityKey, @Indexed List<String> nameHashes, String mergedInto, Instant mergedAt,
                     String mergedBy, String sealedMergeReason, Instant createdAt, String createdBy, @Version Long version) {

    /** The field path a person's sealed name is bound to (with the person's code). */
    public static final String NAME = "name";
    public static final String MERGE_REASON = "mergeReason";

    public boolean merged() {
        return mergedInto != null;
    }

    public boolean hasName() {
        return sealedName != null;
    }

    /** This person merged into {@code survivor}, by a decision whose reason is sealed. */
    public Person mergedInto(String survivor, Instant at, String by, String sealedReason) {
        if (merged()) {
            throw new ConflictException("Person " + code + " was already merged into " + mergedInto);
        }
        return new Person(code, fieldOffice, sealedName, sex, age, ageGroup, identityKey, nameHashes, survivor, at, by,
                sealedReason, createdAt, createdBy, version);
    }
}
