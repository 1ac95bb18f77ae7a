package org.unmiss.gender.parity;

import org.unmiss.kit.testing.StandInService;
import org.unmiss.kit.testing.StandInService.Reply;
import org.unmiss.kit.testing.StandInService.Request;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * personnel-service as the kit's {@link StandInService} serves it (with the token endpoint, for
 * background re-checks): a known strength fixture, and people {@code UN-000000} to {@code UN-899999}
 * (stationed at WAU unless a test says otherwise); it answers slowly, refuses the caller, fails, or is
 * switched off (connection refused) as a test asks, and records what it was asked with which
 * Authorization header.
 */
public final class FakePersonnelService implements AutoCloseable {

    public enum Mode { UP, SLOW, REFUSE, ERROR }

    public static final String BY_CATEGORY = """
            {"asOf": "%s", "total": 1000, "rows": [
              {"category": "MILITARY", "subCategory": "CONTINGENT_TROOP", "country": null, "sex": "FEMALE", "count": 60},
              {"category": "MILITARY", "subCategory": "CONTINGENT_TROOP", "country": null, "sex": "MALE", "count": 540},
              {"category": "MILITARY", "subCategory": "STAFF_OFFICER", "country": null, "sex": "FEMALE", "count": 26},
              {"category": "MILITARY", "subCategory": "STAFF_OFFICER", "country": null, "sex": "MALE", "count": 74},
              {"category": "POLICE", "subCategory": "INDIVIDUAL_POLICE_OFFICER", "country": null, "sex": "FEMALE", "count": 30},
              {"category": "POLICE", "subCategory": "INDIVIDUAL_POLICE_OFFICER", "country": null, "sex": "MALE", "count": 70},
              {"category": "POLICE", "subCategory": "FORMED_POLICE_UNIT", "country": null, "sex": "FEMALE", "count": 20},
              {"category": "POLICE", "subCategory": "FORMED_POLICE_UNIT", "country": null, "sex": "MALE", "count": 80},
              {"category": "CIVILIAN", "subCategory": "NATIONAL_STAFF", "country": null, "sex": "FEMALE", "count": 25},
              {"category": "CIVILIAN", "subCategory": "NATIONAL_STAFF", "country": null, "sex": "MALE", "count": 75}]}
            """;
    public static final String BY_COUNTRY = """
            {"asOf": "%s", "total": 1000, "rows": [
              {"category": null, "subCategory": null, "country": "IND", "sex": "FEMALE", "count": 40},
              {"category": null, "subCategory": null, "country": "IND", "sex": "MALE", "count": 560},
              {"category": null, "subCategory": null, "country": "RWA", "sex": "FEMALE", "count": 121},
              {"category": null, "subCategory": null, "country": "RWA", "sex": "MALE", "count": 279}]}
            """;

    private static final String PEOPLE = "/api/v1/personnel/";

    private final StandInService server = StandInService.start().serveTokens();
    private final Map<String, String> stations = new ConcurrentHashMap<>();

    private FakePersonnelService() {
        server.on("GET", "/api/v1/personnel-reports/strength", FakePersonnelService::strength);
        server.on("GET", PEOPLE, this::person);
    }

    public static FakePersonnelService start() {
        return new FakePersonnelService();
    }

    public String url() {
        return server.url();
    }

    public String tokenUri() {
        return server.tokenUri();
    }

    public void mode(Mode newMode) {
        switch (newMode) {
            case UP -> server.healthy();
            case SLOW -> server.slow(Duration.ofSeconds(4));
            case REFUSE -> server.failWith(403);
            case ERROR -> server.failWith(500);
        }
    }

    /** Where personnel-service has {@code indexNumber} stationed (WAU unless said otherwise). */
    public void stationed(String indexNumber, String fieldOffice) {
        stations.put(indexNumber, fieldOffice);
    }

    /** Switches the server off: calls are refused at the socket, as when personnel-service is down. */
    public void stop() {
        server.down();
    }

    /** Listens again on the same port. */
    public void restart() {
        server.up();
    }

    /** What personnel-service was asked (path and query), the token endpoint's requests left out. */
    public List<String> requests() {
        return asked().stream().map(r -> r.path() + (r.query() == null ? "" : "?" + r.query())).toList();
    }

    public List<String> authorizations() {
        return asked().stream().map(r -> String.valueOf(r.authorization())).toList();
    }

    public void forget() {
        server.forget();
    }

    private List<Request> asked() {
        return server.requests("/api/");
    }

    private static Reply strength(Request request) {
        String query = request.query();
        String asOf = query.replaceAll(".*asOf=([0-9-]+).*", "$1");
        String groupBy = query.replaceAll(".*groupBy=([^&]+).*", "$1");
        return Reply.json(200, (groupBy.startsWith("country") ? BY_COUNTRY : BY_CATEGORY).formatted(asOf));
    }

    private Reply person(Request request) {
        String index = request.pathAfter(PEOPLE);
        boolean known = index.startsWith("UN-") && index.compareTo("UN-900000") < 0;
        return known ? Reply.json(200, "{\"indexNumber\": \"%s\", \"fieldOffice\": \"%s\", \"extra\": true}"
                .formatted(index, stations.getOrDefault(index, "WAU"))) : Reply.notFound();
    }

    @Override
    public void close() {
        server.close();
    }
}
