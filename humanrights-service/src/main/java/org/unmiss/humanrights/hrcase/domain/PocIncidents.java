package org.unmiss.humanrights.hrcase.domain;

import org.springframework.http.ResponseEntity;

import java.util.Map;

/**
 * poc-site-service's security incidents as the case rules look them up; the Feign client in persistence is
 * the implementation, so domain does not depend on persistence (ADR 0021).
 */
public interface PocIncidents {

    /** As the calling officer (their token is relayed). */
    ResponseEntity<Map<String, Object>> incident(String reference);

    /** With an explicit token, for background checks where no user is present. */
    ResponseEntity<Map<String, Object>> incident(String reference, String authorization);
}
