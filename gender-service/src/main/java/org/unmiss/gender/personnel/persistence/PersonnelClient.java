package org.unmiss.gender.personnel.persistence;

import feign.Response;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * personnel-service, which owns the mission's people and their strength. Calls relay the caller's
 * token (the kit's Feign interceptor), so personnel-service decides on the caller's own rights.
 * The raw {@link Response} lets callers tell "no such person" or "not allowed" from "could not
 * ask"; refused connections and timeouts go through the Resilience4j circuit breaker that the
 * kit enables for every Feign client, and surface as exceptions.
 */
@FeignClient(name = "personnel", url = "${unmiss.clients.personnel.url}")
public interface PersonnelClient {

    @GetMapping("/api/v1/personnel/{indexNumber}")
    Response person(@PathVariable("indexNumber") String indexNumber);

    @GetMapping("/api/v1/personnel-reports/strength")
    Response strength(@RequestParam("asOf") String asOf, @RequestParam("groupBy") String groupBy);
}
