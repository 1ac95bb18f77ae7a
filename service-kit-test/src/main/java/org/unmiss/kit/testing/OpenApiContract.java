package org.unmiss.kit.testing;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls every GET of a service's served OpenAPI document as a generated client would, and checks each
 * answer against the document: a documented status, a documented media type, and for JSON a body valid
 * against the response's schema (JSON Schema 2020-12, the dialect of OpenAPI 3.1). Path variables come
 * from the records of the list above them ({@code /units/{code}} takes the {@code code} of the first unit
 * that {@code /units} answers), so the service must hold data (its demo data, in
 * {@link ServiceContractTest}); required query parameters from the schema (default, first enum value,
 * today for a date) or from the values the caller gives by name (given values are also sent for an optional
 * parameter of that name, for one the service requires only in some cases).
 */
public final class OpenApiContract {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");
    private static final List<String> ID_FIELDS = List.of("id", "code", "reference", "indexNumber");

    /** One GET's outcome: {@code problems} empty when the answer matched the document. */
    public record Outcome(String operation, String calledPath, int status, List<String> problems) {
        public boolean matched() {
            return problems.isEmpty();
        }
    }

    private final ApiClient api;
    private final String token;
    private final JsonNode document;
    private final Map<String, String> queryValues;
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private OpenApiContract(ApiClient api, String token, Map<String, String> queryValues) {
        this.api = api;
        this.token = token;
        this.queryValues = queryValues;
        String against = System.getProperty("openapi.contract.against");
        if (against != null) {
            // a folder of older documents (e.g. those before a fix) measured against today's answers
            this.document = JSON.readTree(readFile(Path.of(against, System.getProperty("openapi.module") + ".json")));
            return;
        }
        ApiResponse served = api.get("/v3/api-docs", null);
        if (served.status() != 200) {
            throw new IllegalStateException("GET /v3/api-docs answered " + served.status() + ": " + served.body());
        }
        this.document = served.json();
    }

    /** Every realm role any operation of the document asks for: one caller holding all of them can call every GET. */
    public static Set<String> rolesNamedIn(ApiClient api) {
        JsonNode document = api.get("/v3/api-docs", null).json();
        Set<String> roles = new LinkedHashSet<>();
        document.path("paths").forEach(item -> item.forEach(operation -> operation.path("security").forEach(requirement ->
                requirement.path("bearer-jwt").forEach(role -> roles.add(role.asString())))));
        return roles;
    }

    public static List<Outcome> checkEveryGet(ApiClient api, String token, Map<String, String> queryValues) {
        return new OpenApiContract(api, token, queryValues).checkAll();
    }

    private List<Outcome> checkAll() {
        List<Outcome> outcomes = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get != null) {
                outcomes.add(check(path.getKey(), get));
            }
        }
        return outcomes;
    }

    private Outcome check(String template, JsonNode operation) {
        String name = "GET " + template + " (" + operation.path("operationId").asString() + ")";
        Optional<String> concrete = concretePath(template);
        if (concrete.isEmpty()) {
            return new Outcome(name, template, 0, List.of("no record to take a path variable from: the list above it is empty or absent"));
        }
        StringBuilder target = new StringBuilder(concrete.get());
        String separator = "?";
        for (JsonNode parameter : operation.path("parameters")) {
            boolean given = queryValues.containsKey(parameter.path("name").asString());
            if (parameter.path("in").asString().equals("query") && (given || parameter.path("required").asBoolean(false))) {
                String value = valueFor(parameter);
                target.append(separator).append(parameter.path("name").asString()).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = "&";
            }
        }
        JsonNode success = firstSuccess(operation.path("responses"));
        List<String> mediaTypes = new ArrayList<>();
        success.path("content").propertyNames().forEach(mediaTypes::add);
        // a client asks for the first documented representation (JSON where there is one); where none is JSON
        // (a file answered as its own type) it accepts every documented type and the answer must be one of them
        boolean anyOfFiles = !mediaTypes.isEmpty() && mediaTypes.stream().noneMatch(type -> type.endsWith("json"));
        String accept = mediaTypes.isEmpty() ? "*/*" : anyOfFiles ? String.join(", ", mediaTypes) : mediaTypes.get(0);
        ApiResponse answer = api.send("GET", target.toString(), token, null, Map.of("Accept", accept));
        List<String> problems = new ArrayList<>();
        if (!operation.path("responses").has(Integer.toString(answer.status()))) {
            problems.add("status " + answer.status() + " is not documented: " + abbreviate(answer.body()));
        } else if (answer.status() / 100 != 2) {
            problems.add("status " + answer.status() + " for valid parameters: " + abbreviate(answer.body()));
        } else if (!mediaTypes.isEmpty()) {
            String contentType = answer.contentType() == null ? "" : answer.contentType().split(";")[0].trim();
            if (anyOfFiles ? !mediaTypes.contains(contentType) : !contentType.equals(accept)) {
                problems.add("media type " + contentType + ", asked for " + accept);
            } else if (accept.endsWith("json")) {
                JsonNode schema = success.path("content").path(accept).path("schema");
                validate(schema, answer.body()).forEach(problems::add);
            }
        }
        return new Outcome(name, target.toString(), answer.status(), problems);
    }

    private List<String> validate(JsonNode responseSchema, String body) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.path("components"));
        root.setAll((ObjectNode) responseSchema);
        Schema schema = schemas.getSchema(JSON.writeValueAsString(root), InputFormat.JSON);
        List<String> problems = new ArrayList<>();
        for (Error error : schema.validate(body, InputFormat.JSON)) {
            problems.add(error.toString());
            if (problems.size() == 5) {
                break;
            }
        }
        return problems;
    }

    private Optional<String> concretePath(String template) {
        Matcher variable = PATH_VARIABLE.matcher(template);
        String resolved = template;
        while (variable.find()) {
            String name = variable.group(1);
            String listPath = resolved.substring(0, resolved.indexOf("{" + name + "}") - 1);
            Optional<String> value = firstRecordValue(listPath, name);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            // a path segment, not a form: a space is %20 there ("+" would reach the service as a plus sign)
            resolved = resolved.replace("{" + name + "}", URLEncoder.encode(value.get(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return Optional.of(resolved);
    }

    private Optional<String> firstRecordValue(String listPath, String variable) {
        ApiResponse list = api.send("GET", listPath, token, null, Map.of("Accept", "application/json"));
        if (list.status() != 200) {
            return Optional.empty();
        }
        JsonNode body = list.json();
        JsonNode records = body.has("content") ? body.get("content") : body;
        if (!records.isArray() || records.isEmpty()) {
            return Optional.empty();
        }
        JsonNode first = records.get(0);
        List<String> candidates = new ArrayList<>(List.of(variable));
        candidates.addAll(ID_FIELDS);
        return candidates.stream().filter(field -> first.hasNonNull(field)).findFirst().map(field -> first.get(field).asString());
    }

    private String valueFor(JsonNode parameter) {
        String name = parameter.path("name").asString();
        if (queryValues.containsKey(name)) {
            return queryValues.get(name);
        }
        JsonNode schema = resolve(parameter.path("schema"));
        if (schema.has("default")) {
            return schema.get("default").asString();
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0).asString();
        }
        if ("date".equals(schema.path("format").asString())) {
            return LocalDate.now().toString();
        }
        if (schema.has("minimum")) {
            return schema.get("minimum").asString();
        }
        throw new IllegalStateException("Give a value for the required query parameter " + name);
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        return ref.startsWith("#/") ? document.at(ref.substring(1)) : schema;
    }

    private static JsonNode firstSuccess(JsonNode responses) {
        Iterator<String> statuses = responses.propertyNames().iterator();
        while (statuses.hasNext()) {
            String status = statuses.next();
            if (status.startsWith("2")) {
                return responses.get(status);
            }
        }
        return JSON.createObjectNode();
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
