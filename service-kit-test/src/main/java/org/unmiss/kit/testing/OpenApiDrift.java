package org.unmiss.kit.testing;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the committed OpenAPI document ({@code docs/api/<module>.json}) equal to what the code
 * serves, so client generators and reviewers see every API change. After an intended change,
 * regenerate with {@code ./mvnw -pl <module> test -Dopenapi.update=true} and commit the file.
 */
public final class OpenApiDrift {

    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private OpenApiDrift() {
    }

    public static void assertMatchesCommitted(ApiClient service) {
        ApiResponse served = service.get("/v3/api-docs", null);
        assertEquals(200, served.status(), "GET /v3/api-docs");
        String module = System.getProperty("openapi.module");
        String docsDir = System.getProperty("openapi.docs.dir");
        assertTrue(module != null && docsDir != null, "surefire must set openapi.module and openapi.docs.dir");
        Path committed = Path.of(docsDir, module + ".json");
        String live = canonical(served.body());
        try {
            if (Boolean.getBoolean("openapi.update")) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, live, StandardCharsets.UTF_8);
                return;
            }
            assertTrue(Files.exists(committed), committed + " is missing; generate it with "
                    + "./mvnw -pl " + module + " test -Dopenapi.update=true and commit it");
            assertEquals(canonical(Files.readString(committed, StandardCharsets.UTF_8)), live,
                    "The API served by " + module + " differs from " + committed + ". If the change is intended, "
                            + "regenerate with ./mvnw -pl " + module + " test -Dopenapi.update=true and commit it.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String canonical(String json) {
        return CANONICAL.writeValueAsString(CANONICAL.readValue(json, Map.class)) + "\n";
    }
}
