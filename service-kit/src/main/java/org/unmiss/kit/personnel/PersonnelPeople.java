package org.unmiss.kit.personnel;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * personnel-service's person lookup, the one call every service that names mission staff makes (gender's focal
 * points, peace-process's participants). Calls relay the caller's token (the kit's Feign interceptor), so
 * personnel-service decides on the caller's own rights. A 404 is an answer, not a failure ({@code dismiss404}):
 * a mistyped index number must not open the circuit for everyone; refused connections and timeouts go through
 * the circuit breaker the kit sets up for every Feign client (ADR 0035). A service enables it by naming this
 * package in its {@code @EnableFeignClients} and importing {@link PersonnelReferences}.
 */
@FeignClient(name = "personnel", contextId = "personnelPeople", url = "${unmiss.clients.personnel.url}", dismiss404 = true)
public interface PersonnelPeople {

    @GetMapping("/api/v1/personnel/{indexNumber}")
    ResponseEntity<PersonnelPerson> person(@PathVariable("indexNumber") String indexNumber);

    /** With an explicit token, for background re-checks where no user is present. */
    @GetMapping("/api/v1/personnel/{indexNumber}")
    ResponseEntity<PersonnelPerson> person(@PathVariable("indexNumber") String indexNumber,
                                           @RequestHeader("Authorization") String authorization);
}
