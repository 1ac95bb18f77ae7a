package org.unmiss.clients.gate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer gate over docs/api (ADR 0057), run by {@code ./mvnw verify} before the clients generated
 * from the same documents are compiled: each document passes the lint, and breaks no client of the
 * released document in docs/api/released unless its version was raised.
 */
class ContractGateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DOCS = Path.of(System.getProperty("api.docs", "../docs/api"));

    @ParameterizedTest
    @ValueSource(strings = {"personnel-service", "poc-site-service", "humanrights-service", "gender-service", "peace-process-service"})
    void passesTheLint(String service) throws IOException {
        String text = Files.readString(DOCS.resolve(service + ".json"));
        List<ApiLint.Finding> findings = ApiLint.lint(text, JSON.readTree(text));
        System.out.printf("API lint of %s: %d findings%n", service, findings.size());
        assertTrue(findings.isEmpty(), findings.size() + " lint findings in " + service + ":\n"
                + findings.stream().map(ApiLint.Finding::toString).collect(Collectors.joining("\n")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"personnel-service", "poc-site-service", "humanrights-service", "gender-service", "peace-process-service"})
    void breaksNoClientOfTheReleasedDocument(String service) throws IOException {
        Path released = DOCS.resolve("released").resolve(service + ".json");
        assertTrue(Files.exists(released), released + " is missing: the first release is a copy of the document");
        JsonNode before = JSON.readTree(released.toFile());
        JsonNode now = JSON.readTree(DOCS.resolve(service + ".json").toFile());
        List<String> breaks = BreakingChanges.between(before, now);
        assertTrue(breaks.isEmpty(), service + " breaks clients of its released document (version "
                + before.path("info").path("version").asText() + "); raise unmiss.api.version or undo:\n" + String.join("\n", breaks));
    }
}
