package org.unmiss.peace.support;

import org.unmiss.kit.testing.StandInService;
import org.unmiss.kit.testing.StandInService.Reply;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * personnel-service as the kit's {@link StandInService} serves it, with the token endpoint for
 * background re-checks: knows a set of index numbers (200, stationed at JUBA unless a test says
 * otherwise), answers 404 for others, and can be stopped (connection refused) and started again on
 * the same port. One for the test JVM, as the application context is shared.
 */
public final class PersonnelStub {

    private static final String PEOPLE = "/api/v1/personnel/";
    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    private static final Map<String, String> STATIONS = new ConcurrentHashMap<>();
    private static final StandInService SERVER = StandInService.start().serveTokens().on("GET", PEOPLE, request -> {
        String index = request.pathAfter(PEOPLE);
        return KNOWN.contains(index) ? Reply.json(200, "{\"indexNumber\": \"%s\", \"fieldOffice\": \"%s\"}"
                .formatted(index, STATIONS.getOrDefault(index, "JUBA"))) : Reply.notFound();
    });

    private PersonnelStub() {
    }

    public static String url() {
        return SERVER.url();
    }

    public static String tokenUri() {
        return SERVER.tokenUri();
    }

    public static void know(String... indexNumbers) {
        KNOWN.addAll(Set.of(indexNumbers));
    }

    /** Where personnel-service has {@code indexNumber} stationed (JUBA unless said otherwise). */
    public static void stationed(String indexNumber, String fieldOffice) {
        STATIONS.put(indexNumber, fieldOffice);
    }

    /** The Authorization headers of the person lookups so far. */
    public static List<String> authorizations() {
        return SERVER.authorizations(PEOPLE);
    }

    /** Whether {@code indexNumber} was looked up with the service-account token (a background check). */
    public static boolean askedAsService(String indexNumber) {
        return SERVER.received(r -> r.path().equals(PEOPLE + indexNumber)
                && ("Bearer " + StandInService.SERVICE_TOKEN).equals(r.authorization()));
    }

    public static void stop() {
        SERVER.down();
    }

    public static void restart() {
        SERVER.up();
    }
}
