package org.unmiss.gender.personnel.persistence;

import feign.Response;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.unmiss.gender.personnel.domain.PersonnelPerson;

/**
 * personnel-service, which owns the mission's people and their strength. Calls relay the caller's
 * token (the kit's Feign interceptor), so personnel-service decides on the caller's own rights;
 * background re-checks pass this service's own token instead. A 404 is an answer, not a failure
 * ({@code dismiss404}): a mistyped index number must not open the circuit for everyone. The strength
 * report stays a raw {@link Response} so its caller can tell "not allowed" from "could not ask" and
 * parse the report against its own contract; refused connections and timeouts go through the
 * Resilience4j circuit breaker the kit sets up for every Feign client (ADR 0035).
 */
@FeignClient(name = "personnel", url = "${unmiss.clients.personnel.url}", dismiss404 = true)
public interface PersonnelClient {

    @GetMapping("/api/v1/personnel/{indexNumber}")
    ResponseEntity<PersonnelPerson> person(@PathVariable("indexNumber") String indexNumber);

    /** With an explicit token, for background re-checks where no user is present. */
    @GetMapping("/api/v1/personnel/{indexNumber}")
    ResponseEntity<PersonnelPerson> person(@PathVariable("indexNumber") String indexNumber,
                                           @RequestHeader("Authorization") String authorization);

    @GetMapping("/api/v1/personnel-reports/strength")
    Response strength(@RequestParam("asOf") String asOf, @RequestParam("groupBy") String groupBy);
}
