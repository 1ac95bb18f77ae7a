package org.unmiss.humanrights.officer.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.kit.security.FieldOfficeScope;

import java.time.Instant;
import java.util.Set;

/**
 * A person this service has seen in a signed token: the realm's username ({@code preferred_username}), the field
 * office and the human rights roles the token carried when last seen. Only such a person can be assigned a case:
 * the service has no admin access to the realm's users (ADR 0075).
 */
@Document("hr_officers")
public record Officer(@Id String username, String fieldOffice, Set<String> roles, Instant lastSeen) {

    /** The roles kept: what assignment and the queues decide on. */
    public static final Set<String> KEPT_ROLES = Set.of("HR_READ", "HR_WRITE", "HR_VERIFY", "HR_SENSITIVE");

    /** Whether this person may be given a case of {@code caseOffice}: they record cases, and their office covers it. */
    public boolean mayWorkOn(String caseOffice) {
        return roles.contains("HR_WRITE") && FieldOfficeScope.of(fieldOffice).covers(caseOffice);
    }
}
