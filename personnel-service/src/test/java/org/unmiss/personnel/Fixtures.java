package org.unmiss.personnel;

import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.TestIssuer;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data made through the API, with names unique per call (tests share one store). */
public final class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ApiClient api;
    private final TestIssuer issuer;

    public Fixtures(ApiClient api, TestIssuer issuer) {
        this.api = api;
        this.issuer = issuer;
    }

    public String writer() {
        return issuer.token("personnel.officer", "HQ", "PERSONNEL_READ", "PERSONNEL_WRITE");
    }

    public static String personJson(String office, String category, String subCategory) {
        int n = SEQUENCE.incrementAndGet();
        return """
                {"familyName": "Testova%d", "givenName": "Amara", "sex": "FEMALE", "dateOfBirth": "1988-04-02",
                 "nationality": "RWA", "category": "%s", "subCategory": "%s", "rank": "Inspector",
                 "languages": ["en", "fr"], "fieldOffice": "%s",
                 "contacts": {"email": "amara%d@un.org", "phone": "+211 92 555 0101"}}
                """.formatted(n, category, subCategory, office, n);
    }

    /** Registers a police officer at {@code office}; returns the index number. */
    public String person(String office) {
        ApiResponse created = api.post("/api/v1/personnel", writer(), personJson(office, "POLICE", "INDIVIDUAL_POLICE_OFFICER"));
        if (created.status() != 201) {
            throw new IllegalStateException(created.body());
        }
        return created.json().get("indexNumber").asString();
    }

    /** Requests a deployment; returns the created response (id in the body, ETag in the header). */
    public ApiResponse requestDeployment(String indexNumber, String office, String start, String end) {
        return api.post("/api/v1/deployments", writer(), """
                {"indexNumber": "%s", "fieldOffice": "%s", "position": "Adviser", "startDate": "%s", "endDate": "%s"}
                """.formatted(indexNumber, office, start, end));
    }

    public ApiResponse changeStatus(String deploymentId, String etag, String body) {
        return api.send("POST", "/api/v1/deployments/" + deploymentId + "/status", writer(), body,
                etag == null ? Map.of() : Map.of("If-Match", etag));
    }

    /** A deployment taken to {@code ACTIVE}; returns its id. */
    public String activeDeployment(String indexNumber, String office, String start, String end) {
        ApiResponse requested = requestDeployment(indexNumber, office, start, end);
        String id = requested.json().get("id").asString();
        ApiResponse approved = changeStatus(id, requested.header("ETag"), "{\"status\": \"APPROVED\"}");
        ApiResponse active = changeStatus(id, approved.header("ETag"), "{\"status\": \"ACTIVE\"}");
        if (active.status() != 200) {
            throw new IllegalStateException(active.body());
        }
        return id;
    }
}
