package org.unmiss.peace.participant.persistence;

import feign.Response;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * personnel-service, which owns the mission's people. The raw {@link Response} lets the caller tell
 * "no such person" (404) from "could not check" (any other answer) without exceptions; timeouts and
 * refused connections go through the circuit breaker (Resilience4j, enabled for every Feign client).
 */
@FeignClient(name = "personnel", url = "${unmiss.clients.personnel-url}")
public interface PersonnelClient {

    @GetMapping("/api/v1/personnel/{indexNumber}")
    Response person(@PathVariable("indexNumber") String indexNumber);
}
