package org.unmiss.peace.participant.persistence;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.unmiss.peace.participant.domain.ParticipantPerson;

/**
 * personnel-service, which owns the mission's people. A 404 is an answer, not a failure
 * ({@code dismiss404}): a mistyped index number must not open the circuit for everyone; timeouts and
 * refused connections go through the circuit breaker the kit sets up for every Feign client (ADR 0035).
 */
@FeignClient(name = "personnel", url = "${unmiss.clients.personnel.url}", dismiss404 = true)
public interface PersonnelClient {

    @GetMapping("/api/v1/personnel/{indexNumber}")
    ResponseEntity<ParticipantPerson> person(@PathVariable("indexNumber") String indexNumber);

    /** With an explicit token, for background re-checks where no user is present. */
    @GetMapping("/api/v1/personnel/{indexNumber}")
    ResponseEntity<ParticipantPerson> person(@PathVariable("indexNumber") String indexNumber,
                                             @RequestHeader("Authorization") String authorization);
}
