package org.unmiss.kit.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The consumer's view of a service (ADR 0057): every GET of its served OpenAPI document is called over
 * real HTTP against the embedded store holding the service's demo data, with a token of an HQ caller
 * holding every role the document names, and each answer is checked against the document
 * ({@link OpenApiContract}). One empty subclass per service, next to its ConventionsTest; a service whose
 * required query parameters have no value in their schema gives them in {@link #queryValues()}.
 */
@ServiceTest
@TestPropertySource(properties = {"spring.mongodb.database=api-contract", "unmiss.demo-data.enabled=true"})
public abstract class ServiceContractTest {

    @Autowired
    private ApiClient api;

    @Autowired
    private TestIssuer issuer;

    /**
     * Values for query parameters by name: required ones whose schema gives none (no default, enum or date
     * format), and optional ones an operation needs in some cases; sent wherever an operation declares them.
     */
    protected Map<String, String> queryValues() {
        return Map.of();
    }

    /** Makes, through the API, a record the demo data has none of but a GET needs (e.g. to take a path variable from). */
    protected void prepare(ApiClient api, String token) {
    }

    @Test
    void everyGetAnswersAsItsDocumentSays() {
        String token = issuer.token("contract.checker", "HQ", OpenApiContract.rolesNamedIn(api).toArray(String[]::new));
        prepare(api, token);
        List<OpenApiContract.Outcome> outcomes = OpenApiContract.checkEveryGet(api, token, queryValues());
        List<OpenApiContract.Outcome> mismatched = outcomes.stream().filter(outcome -> !outcome.matched()).toList();
        System.out.printf("API contract of %s: %d of %d GET responses matched their document%n",
                getClass().getPackageName(), outcomes.size() - mismatched.size(), outcomes.size());
        assertTrue(mismatched.isEmpty(), mismatched.size() + " of " + outcomes.size() + " GETs do not answer as documented:\n"
                + mismatched.stream().map(outcome -> outcome.operation() + " -> " + outcome.calledPath() + ": " + outcome.problems())
                .collect(Collectors.joining("\n")));
    }
}
