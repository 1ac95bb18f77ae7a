package org.unmiss.kit.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every operation's documentation takes from its handler method, so that no controller has to
 * repeat it:
 * <ul>
 *   <li>an operationId from its tag and method name ({@code genderActivitiesList}): stable when another
 *       controller is added, unlike springdoc's {@code list_3};</li>
 *   <li>a description for each parameter it leaves undescribed ({@link ParameterDescriptions});</li>
 *   <li>the roles its {@code @PreAuthorize} demands, in the security requirement (OpenAPI 3.1 lets a
 *       non-OAuth2 scheme list role names) and in the description;</li>
 *   <li>a create ({@code ResponseEntity.created(..)} in the method) answers 201 with {@code Location};</li>
 *   <li>an answer built with {@code eTag(..)} documents its {@code ETag} header, and a GET of one also
 *       {@code If-None-Match} and 304;</li>
 *   <li>a list with a change feed ({@code FeedParams}) documents its {@code Link} header (ADR 70).</li>
 * </ul>
 */
class OperationContractCustomizer implements OperationCustomizer {

    private static final Pattern ROLE = Pattern.compile("'([A-Za-z0-9_\\-]+)'");
    private static final String RESPONSE_ENTITY = "org/springframework/http/ResponseEntity";
    private static final String NOT_FOUND = "org/unmiss/kit/problem/NotFoundException";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getOperationId() == null || isGenerated(operation.getOperationId(), handler)) {
            operation.setOperationId(operationId(operation, handler));
        }
        ParameterDescriptions.describe(operation);
        Set<String> roles = roles(handler);
        if (!roles.isEmpty()) {
            List<String> needed = new ArrayList<>(roles);
            operation.setSecurity(List.of(
                    new SecurityRequirement().addList(KitOpenApiAutoConfiguration.BEARER_SCHEME, needed),
                    new SecurityRequirement().addList(KitOpenApiAutoConfiguration.OAUTH2_SCHEME, List.of())));
            String sentence = (needed.size() == 1 ? "Requires the role " : "Requires one of the roles ")
                    + String.join(", ", needed) + ".";
            // a report's JSON and CSV handlers share one operation, customised once per handler
            if (operation.getDescription() == null) {
                operation.setDescription(sentence);
            } else if (!operation.getDescription().contains(sentence)) {
                operation.setDescription(operation.getDescription() + "\n\n" + sentence);
            }
        }
        HandlerBytecode code = HandlerBytecode.of(handler);
        if (code.calls(handler, RESPONSE_ENTITY, "created") && operation.getResponses() != null && operation.getResponses().containsKey("200")) {
            ApiResponse ok = operation.getResponses().remove("200");
            ok.setDescription("Created");
            ok.addHeaderObject(HttpHeaders.LOCATION, new Header().description("The new record's URL")
                    .schema(new JsonSchema().types(java.util.Set.of("string")).format("uri-reference")));
            operation.getResponses().put("201", ok);
        }
        if (java.util.Arrays.asList(handler.getMethod().getParameterTypes()).contains(org.unmiss.kit.feed.FeedParams.class)
                && operation.getResponses() != null && operation.getResponses().containsKey("200")) {
            operation.getResponses().get("200").addHeaderObject(org.unmiss.kit.feed.FeedLinks.LINK, new Header()
                    .description("A change-feed page (updatedSince or cursor given) that more records follow: "
                            + "<path?...&cursor=...>; rel=\"next\" (RFC 8288), the next page's address; absent once caught up")
                    .schema(new JsonSchema().types(java.util.Set.of("string"))));
        }
        if (code.calls(handler, NOT_FOUND, "<init>")) {
            // a fixed path can answer 404 too (e.g. /checkpoints/latest before the first checkpoint)
            ProblemResponsesCustomizer.addIfAbsent(operation, "404", ProblemResponsesCustomizer.NOT_FOUND_DESCRIPTION);
        }
        if (code.calls(handler, RESPONSE_ENTITY, "eTag") && operation.getResponses() != null) {
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject(HttpHeaders.ETAG, new Header()
                            .description("The record's version; send it in If-Match to change it, or in If-None-Match to read it only when changed")
                            .schema(new JsonSchema().types(java.util.Set.of("string"))));
                }
            });
            if (handler.hasMethodAnnotation(org.springframework.web.bind.annotation.GetMapping.class)) {
                // Spring MVC answers 304 itself when a GET's ResponseEntity carries the ETag the caller sent
                operation.addParametersItem(new io.swagger.v3.oas.models.parameters.HeaderParameter().name(HttpHeaders.IF_NONE_MATCH)
                        .required(false).description("An ETag already held: the answer is 304 with no body while it is current")
                        .schema(new JsonSchema().types(java.util.Set.of("string"))));
                operation.getResponses().addApiResponse("304", new ApiResponse().description("Not modified: the ETag sent in If-None-Match is current")
                        .addHeaderObject(HttpHeaders.ETAG, new Header().schema(new JsonSchema().types(java.util.Set.of("string")))));
            }
        }
        return operation;
    }

    /** springdoc's own id is the method name, with _1, _2 for a repeat: replaced, as is an empty one. */
    private static boolean isGenerated(String operationId, HandlerMethod handler) {
        return operationId.matches(Pattern.quote(handler.getMethod().getName()) + "(_\\d+)?");
    }

    static String operationId(Operation operation, HandlerMethod handler) {
        String tag = operation.getTags() == null || operation.getTags().isEmpty()
                ? handler.getBeanType().getSimpleName().replace("Controller", "")
                : operation.getTags().get(0);
        StringBuilder id = new StringBuilder();
        for (String word : tag.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                id.append(id.isEmpty() ? word.toLowerCase(Locale.ROOT)
                        : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        String method = sameOperationAs(handler);
        return id.append(Character.toUpperCase(method.charAt(0))).append(method.substring(1)).toString();
    }

    /**
     * A report's CSV handler ({@code xCsv}, same path as {@code x}, other media type) is the same operation as its
     * JSON one, which springdoc customises once per handler: both give the JSON handler's name, so the id does not
     * depend on which of the two is read last. A CSV handler on a path of its own keeps its own name.
     */
    private static String sameOperationAs(HandlerMethod handler) {
        String name = handler.getMethod().getName();
        if (!name.endsWith("Csv") || name.length() == 3) {
            return name;
        }
        String json = name.substring(0, name.length() - 3);
        String[] csvPaths = paths(handler.getMethod());
        for (java.lang.reflect.Method sibling : handler.getBeanType().getMethods()) {
            if (sibling.getName().equals(json) && java.util.Arrays.equals(paths(sibling), csvPaths)) {
                return json;
            }
        }
        return name;
    }

    private static String[] paths(java.lang.reflect.Method method) {
        org.springframework.web.bind.annotation.RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(
                method, org.springframework.web.bind.annotation.RequestMapping.class);
        return mapping == null ? new String[0] : mapping.path();
    }

    static Set<String> roles(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        Set<String> roles = new LinkedHashSet<>();
        if (rule != null && rule.value().contains("Role(")) {
            Matcher matcher = ROLE.matcher(rule.value());
            while (matcher.find()) {
                roles.add(matcher.group(1));
            }
        }
        return roles;
    }

}
