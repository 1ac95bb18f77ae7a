package org.unmiss.clients.gate;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The lint a document must pass before clients are generated from it (rules and reasons: ADR 0057).
 * Each finding names its rule, so a failure says what to fix.
 */
final class ApiLint {

    static final String VALID = "valid-openapi";
    static final String NO_INLINE_ENUM = "no-inline-enum";
    static final String OPERATION_DESCRIBED = "operation-described";
    static final String PARAMETER_DESCRIBED = "parameter-described";
    static final String PROBLEMS_DOCUMENTED = "problem-responses-documented";
    static final String SCHEMA_NAMES_DISTINCT = "schema-names-distinct";
    static final String OPERATION_ID_STABLE = "operation-id-stable";
    static final String SUCCESS_DOCUMENTED = "success-response-documented";

    private static final Pattern NUMBERED_ID = Pattern.compile(".*_\\d+$");
    private static final Set<String> PROBLEM_STATUSES = Set.of("400", "401", "403", "406", "429", "503");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    record Finding(String rule, String where, String what) {
        @Override
        public String toString() {
            return rule + " at " + where + ": " + what;
        }
    }

    private ApiLint() {
    }

    static List<Finding> lint(String documentText, JsonNode document) {
        List<Finding> findings = new ArrayList<>();
        SwaggerParseResult parsed = new OpenAPIParser().readContents(documentText, null, null);
        if (parsed.getOpenAPI() == null) {
            findings.add(new Finding(VALID, "document", "does not parse"));
        }
        if (parsed.getMessages() != null) {
            parsed.getMessages().forEach(message -> findings.add(new Finding(VALID, "document", message)));
        }
        inlineEnums(document.path("components").path("schemas"), findings);
        Map<String, String> ids = new HashMap<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            String where = entry.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            JsonNode operation = entry.getValue();
            String id = operation.path("operationId").asText("");
            if (id.isEmpty() || NUMBERED_ID.matcher(id).matches()) {
                findings.add(new Finding(OPERATION_ID_STABLE, where, "operationId '" + id + "' is missing or numbered"));
            } else if (ids.put(id, where) != null) {
                findings.add(new Finding(OPERATION_ID_STABLE, where, "operationId '" + id + "' is also " + ids.get(id)));
            }
            if (operation.path("summary").asText("").isBlank() && operation.path("description").asText("").isBlank()) {
                findings.add(new Finding(OPERATION_DESCRIBED, where, "no summary or description"));
            }
            operation.path("parameters").forEach(parameter -> {
                if (parameter.path("description").asText("").isBlank()) {
                    findings.add(new Finding(PARAMETER_DESCRIBED, where, "parameter " + parameter.path("name").asText() + " has no description"));
                }
                if (parameter.path("schema").has("enum") || parameter.path("schema").path("items").has("enum")) {
                    findings.add(new Finding(NO_INLINE_ENUM, where, "parameter " + parameter.path("name").asText() + " has an inline enum"));
                }
            });
            JsonNode responses = operation.path("responses");
            boolean success = false;
            for (var status : (Iterable<String>) responses::fieldNames) {
                success |= status.startsWith("2");
            }
            if (!success) {
                findings.add(new Finding(SUCCESS_DOCUMENTED, where, "no 2xx response"));
            }
            for (String status : PROBLEM_STATUSES) {
                String ref = responses.path(status).path("content").path("application/problem+json").path("schema").path("$ref").asText("");
                if (!ref.equals("#/components/schemas/Problem")) {
                    findings.add(new Finding(PROBLEMS_DOCUMENTED, where, status + " is not documented as application/problem+json Problem"));
                }
            }
        }));
        Map<String, String> lowerCase = new HashMap<>();
        document.path("components").path("schemas").fieldNames().forEachRemaining(name -> {
            String other = lowerCase.put(name.toLowerCase(Locale.ROOT), name);
            if (other != null) {
                // one file per model in a generated client: on a case-insensitive file system these two are one
                findings.add(new Finding(SCHEMA_NAMES_DISTINCT, "#/components/schemas/" + name, "differs only in case from " + other));
            }
        });
        return findings;
    }

    /** An enum anywhere but as a component schema of its own is an inline enum. */
    private static void inlineEnums(JsonNode schemas, List<Finding> findings) {
        schemas.properties().forEach(schema -> {
            JsonNode body = schema.getValue();
            body.path("properties").properties().forEach(property -> findEnums(property.getValue(),
                    "#/components/schemas/" + schema.getKey() + "/properties/" + property.getKey(), findings));
            findEnums(body.path("items"), "#/components/schemas/" + schema.getKey() + "/items", findings);
        });
    }

    private static void findEnums(JsonNode node, String where, List<Finding> findings) {
        if (node.isObject()) {
            if (node.has("enum")) {
                findings.add(new Finding(NO_INLINE_ENUM, where, "inline enum " + node.get("enum")));
            }
            node.properties().forEach(child -> findEnums(child.getValue(), where + "/" + child.getKey(), findings));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                findEnums(node.get(i), where + "/" + i, findings);
            }
        }
    }
}
