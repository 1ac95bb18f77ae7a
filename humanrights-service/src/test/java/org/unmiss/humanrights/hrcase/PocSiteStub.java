package org.unmiss.humanrights.hrcase;

import org.unmiss.kit.testing.StandInService;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * poc-site-service's incident lookup as the kit's {@link StandInService} serves it (with the token
 * endpoint): the incidents a test adds, 404 for any other reference.
 */
final class PocSiteStub {

    static final String INCIDENTS = "/api/v1/security-incidents/";

    final StandInService server = StandInService.start().serveTokens();
    /** Incident reference to the JSON poc-site-service answers for it. */
    private final Map<String, String> incidents = new ConcurrentHashMap<>();

    private PocSiteStub() {
        server.on("GET", INCIDENTS, request -> {
            String incident = incidents.get(request.pathAfter(INCIDENTS));
            return incident == null ? StandInService.Reply.notFound() : StandInService.Reply.json(200, incident);
        });
    }

    static PocSiteStub start() {
        return new PocSiteStub();
    }

    /** An incident poc-site-service knows, as its API shows it (the fields humanrights-service reads, and one it does not). */
    void add(String reference, String fieldOffice, String category, String occurredAt) {
        incidents.put(reference, """
                {"reference": "%s", "siteCode": "PS-01", "fieldOffice": "%s", "category": "%s", "occurredAt": "%s"}
                """.formatted(reference, fieldOffice, category, occurredAt));
    }

    /** The Authorization headers the incident lookups carried. */
    List<String> authorizations() {
        return server.authorizations(INCIDENTS);
    }

    String url() {
        return server.url();
    }
}
