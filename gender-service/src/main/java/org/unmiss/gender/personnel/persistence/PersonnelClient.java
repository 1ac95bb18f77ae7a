package org.unmiss.gender.personnel.persistence;

import feign.Response;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * personnel-service's strength report, asked with the caller's token relayed (the kit's Feign interceptor). It
 * stays a raw {@link Response} so its caller can tell "not allowed" from "could not ask" and parse the report
 * against its own contract; refused connections and timeouts go through the Resilience4j circuit breaker the
 * kit sets up for every Feign client (ADR 0035). Person lookups: the kit's {@code PersonnelPeople}.
 */
@FeignClient(name = "personnel", url = "${unmiss.clients.personnel.url}", dismiss404 = true)
public interface PersonnelClient {

    @GetMapping("/api/v1/personnel-reports/strength")
    Response strength(@RequestParam("asOf") String asOf, @RequestParam("groupBy") String groupBy);
}
