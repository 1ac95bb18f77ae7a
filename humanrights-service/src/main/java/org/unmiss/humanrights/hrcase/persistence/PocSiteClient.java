package org.unmiss.humanrights.hrcase.persistence;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.unmiss.humanrights.hrcase.domain.PocIncident;
import org.unmiss.humanrights.hrcase.domain.PocIncidents;

/**
 * poc-site-service's security incidents, only to learn whether one exists and where (the body is not kept).
 * Wrapped in a Resilience4j circuit breaker with the kit's short timeouts (ADR 0035), so a down or
 * slow poc-site-service cannot hold up recording a case.
 * A 404 is an answer, not a failure ({@code dismiss404}): officers citing wrong references must not
 * open the circuit for everyone.
 */
@FeignClient(name = "poc-site", url = "${unmiss.clients.poc-site.url}", dismiss404 = true)
public interface PocSiteClient extends PocIncidents {

    /** As the calling officer: the kit relays their token, so poc-site-service decides on their rights. */
    @Override
    @GetMapping("/api/v1/security-incidents/{reference}")
    ResponseEntity<PocIncident> incident(@PathVariable("reference") String reference);

    /** With an explicit token, for background checks where no user is present. */
    @Override
    @GetMapping("/api/v1/security-incidents/{reference}")
    ResponseEntity<PocIncident> incident(@PathVariable("reference") String reference,
                                                 @RequestHeader("Authorization") String authorization);
}
