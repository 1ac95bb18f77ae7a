package org.unmiss.kit.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.unmiss.kit.idempotency.IdempotencyFilter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;
import io.swagger.v3.oas.models.headers.Header;
import org.springframework.http.HttpHeaders;
import org.unmiss.kit.web.CorrelationId;
import org.unmiss.problem.ProblemType;

import java.util.Arrays;
import java.util.stream.Collectors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Documents the problem+json answers every operation can give, with the {@code Problem} schema and the
 * problem types each status carries, so clients generated from the documents can read errors as typed
 * objects; the headers every answer has ({@code X-Request-Id}) and those that tell when to retry
 * ({@code Retry-After} on 429 and 503). 304 and the {@code ETag} come from {@link OperationContractCustomizer}.
 */
class ProblemResponsesCustomizer implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String NOT_FOUND_DESCRIPTION = "No such record, or not visible to the caller";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema()).addSchemas("FieldError", fieldErrorSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Map<String, String> answers = new LinkedHashMap<>();
            answers.put("400", "Invalid input: each bad field is named in errors[]");
            answers.put("401", "Missing, expired or invalid access token");
            answers.put("403", "The caller's roles or field office do not allow this");
            answers.put("405", "This path does not take this method; Allow names those it takes");
            answers.put("406", "None of the media types in Accept can be answered");
            if (path.contains("{")) {
                answers.put("404", NOT_FOUND_DESCRIPTION);
            }
            switch (method) {
                case POST -> {
                    answers.put("409", "Conflicts with an existing record or its state");
                    answers.put("422", "This Idempotency-Key was already used for a different request");
                    boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                            .anyMatch(p -> IdempotencyFilter.HEADER.equalsIgnoreCase(p.getName()));
                    if (!declared) {
                        operation.addParametersItem(new HeaderParameter().name(IdempotencyFilter.HEADER).required(false)
                            .description("Makes a retry safe: the same key and request replay the first answer")
                            .schema(new StringSchema().maxLength(128)));
                    }
                }
                case PUT, PATCH -> {
                    answers.put("409", "Conflicts with the record's current state");
                    answers.put("412", "If-Match does not name the current version");
                    answers.put("428", "If-Match is required");
                }
                default -> { }
            }
            if (operation.getRequestBody() != null) {
                answers.put("413", "The request body is larger than this service accepts (10 MB unless configured otherwise)");
                answers.put("415", "The request body's Content-Type is not one this operation reads");
            }
            answers.put("429", "Too many requests from this caller (the gateway's per-caller limit); retry after Retry-After");
            answers.put("503", "A store or service it depends on is unavailable; retry after Retry-After");
            answers.forEach((status, description) -> addIfAbsent(operation, status, description));
            operation.getResponses().forEach((status, response) -> response.addHeaderObject(CorrelationId.HEADER, new Header()
                    .description("The request's correlation id (the caller's, or one made for it); quote it when reporting a problem")
                    .schema(new StringSchema())));
        }));
    }

    /** The platform's problem types (the {@code type} member) a status can carry, named in its description. */
    static String withProblemTypes(String status, String description) {
        String types = Arrays.stream(ProblemType.values()).filter(type -> Integer.toString(type.status().value()).equals(status))
                .map(type -> type.uri().toString()).collect(Collectors.joining(", "));
        return types.isEmpty() ? description : description + ". Problem type: " + types;
    }

    static void addIfAbsent(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        ApiResponse answer = operation.getResponses().computeIfAbsent(status, s -> new ApiResponse().description(withProblemTypes(status, description))
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        if (status.equals("429") || status.equals("503")) {
            answer.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().description("Seconds to wait before trying again")
                    .schema(new IntegerSchema().minimum(java.math.BigDecimal.ZERO)));
        }
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri").example("urn:unmiss:problem:validation-failed")
                        .description("One of the platform's problem types: " + Arrays.stream(ProblemType.values())
                                .map(type -> type.uri().toString()).collect(Collectors.joining(", "))))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("correlationId", new StringSchema().description("The request's X-Request-Id; quote it when reporting a problem"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError")));
    }

    private static Schema<?> fieldErrorSchema() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema().description("JSON path of the field, or the parameter's name"))
                .addProperty("reason", new StringSchema());
    }
}
