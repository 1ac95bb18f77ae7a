package org.unmiss.humanrights.hrcase.domain;

import org.springframework.http.ResponseEntity;

/**
 * poc-site-service's security incidents as the case rules look them up; the Feign client in persistence is
 * the implementation, so domain does not depend on persistence (ADR 0021). A 404 comes back as an
 * answer (the client dismisses it), for {@link org.unmiss.kit.feign.CheckedReference#ask}.
 */
public interface PocIncidents {

    /** As the calling officer (their token is relayed). */
    ResponseEntity<PocIncident> incident(String reference);

    /** With an explicit token, for background checks where no user is present. */
    ResponseEntity<PocIncident> incident(String reference, String authorization);
}
