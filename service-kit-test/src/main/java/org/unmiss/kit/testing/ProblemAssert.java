package org.unmiss.kit.testing;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The one problem+json assertion of the tests: the answer's status, that it is
 * {@code application/problem+json} and carries the same {@code status}, and, where the test says so,
 * its {@code type} and the fields it names. It asserts nothing every problem satisfies anyway (a
 * title, a non-empty body): each check here would fail if the feature under test broke.
 *
 * <pre>{@code
 * assertProblem(response, 400).naming("fieldOffice", "category");
 * assertProblem(response, 409).ofType("urn:unmiss:problem:conflict");
 * }</pre>
 */
public final class ProblemAssert {

    private final ApiResponse response;

    private ProblemAssert(ApiResponse response) {
        this.response = response;
    }

    public static ProblemAssert assertProblem(ApiResponse response, int status) {
        assertEquals(status, response.status(), () -> "status of " + response.body());
        String type = response.contentType();
        assertTrue(type != null && type.startsWith("application/problem+json"),
                () -> "a problem+json answer, not " + type + ": " + response.body());
        assertEquals(status, response.json().path("status").asInt(), () -> "the problem's status member: " + response.body());
        return new ProblemAssert(response);
    }

    /** The problem's {@code type}. */
    public ProblemAssert ofType(String type) {
        assertEquals(type, response.json().path("type").asString(), () -> "problem type: " + response.body());
        return this;
    }

    /** The fields the problem names in {@code errors[].field}: exactly these, in any order. */
    public ProblemAssert naming(String... fields) {
        List<String> named = new ArrayList<>();
        for (JsonNode error : response.json().path("errors")) {
            named.add(error.path("field").asString());
        }
        List<String> expected = new ArrayList<>(Arrays.asList(fields));
        List<String> actual = new ArrayList<>(named);
        expected.sort(null);
        actual.sort(null);
        assertEquals(expected, actual, () -> "fields named by " + response.body());
        return this;
    }

    /** The fields the problem names include these (others may be named too). */
    public ProblemAssert namingAtLeast(String... fields) {
        List<String> named = new ArrayList<>();
        for (JsonNode error : response.json().path("errors")) {
            named.add(error.path("field").asString());
        }
        assertTrue(named.containsAll(Arrays.asList(fields)), () -> "fields named by " + response.body() + " include " + Arrays.toString(fields));
        return this;
    }

    /** The parsed problem, for what else a test checks. */
    public JsonNode json() {
        return response.json();
    }
}
