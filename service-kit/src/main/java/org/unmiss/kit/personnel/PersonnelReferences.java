package org.unmiss.kit.personnel;

import org.springframework.stereotype.Component;
import org.unmiss.kit.feign.CheckedReference;
import org.unmiss.kit.security.ServiceAccountTokens;

/**
 * Whether personnel-service knows an index number, with every outcome told apart (verified, unknown,
 * unverified with the reason): anything but a clear yes or no leaves a reference unverified for the kit's
 * re-check instead of failing the write that names the person.
 */
@Component
public class PersonnelReferences {

    public static final String PERSONNEL = "personnel-service";

    private final PersonnelPeople people;
    private final ServiceAccountTokens tokens;

    public PersonnelReferences(PersonnelPeople people, ServiceAccountTokens tokens) {
        this.people = people;
        this.tokens = tokens;
    }

    /** Asked as the calling user (their token is relayed): they are told only what they may see. */
    public CheckedReference<PersonnelPerson> check(String indexNumber) {
        return CheckedReference.ask(PERSONNEL, () -> people.person(indexNumber));
    }

    /** Asked as this service's own client, for background re-checks (its token sees every office). */
    public CheckedReference<PersonnelPerson> checkAsService(String indexNumber) {
        return CheckedReference.ask(PERSONNEL, () -> people.person(indexNumber, tokens.bearer()));
    }
}
