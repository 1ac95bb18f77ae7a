package org.unmiss.kit.openapi;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.HashMap;
import java.util.Map;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The parts every service's OpenAPI document shares: bearer-JWT security (Keycloak access tokens)
 * required by default, with the OAuth2 flows that obtain them; named enums and collision-free schema
 * names; stable operationIds, roles, status codes and headers taken from the code (ADR 0056); and a
 * relative server URL, so the same document is right direct and through
 * the gateway (paths are not rewritten) and stays byte-stable for the drift test.
 */
@AutoConfiguration
@ConditionalOnClass(OpenAPI.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ApiProperties.class)
public class KitOpenApiAutoConfiguration {

    public static final String BEARER_SCHEME = "bearer-jwt";
    public static final String OAUTH2_SCHEME = "keycloak";

    static {
        // enums as named schemas ("enums as ref"): a generated client gets one type per enum, not one
        // inline copy per field or parameter (OpenAPI Generator's Java client fails on an inline enum array)
        ModelResolver.enumsAsRef = true;
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI platformOpenApi(ApiProperties api) {
        return new OpenAPI()
                .info(new Info()
                        .title(api.title())
                        .description(api.description())
                        .version(api.version())
                        .contact(new Contact().name("Mission information platform team")))
                .addServersItem(new Server().url("/").description("This service, or the gateway in front of it"))
                .components(new Components()
                        .addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("Access token from the mission's Keycloak realm 'unmiss'. An operation's "
                                        + "requirement lists the realm roles it needs (any one of them)"))
                        .addSecuritySchemes(OAUTH2_SCHEME, new SecurityScheme()
                                .type(SecurityScheme.Type.OAUTH2)
                                .description("The same tokens, obtained from Keycloak: client credentials for tools "
                                        + "(e.g. reporting-tools), authorization code with PKCE (S256) for people, "
                                        + "through the public client mission-console")
                                .flows(new OAuthFlows()
                                        .clientCredentials(new OAuthFlow()
                                                .tokenUrl(api.authorizationServer() + "/protocol/openid-connect/token")
                                                .scopes(new Scopes()))
                                        .authorizationCode(new OAuthFlow()
                                                .authorizationUrl(api.authorizationServer() + "/protocol/openid-connect/auth")
                                                .tokenUrl(api.authorizationServer() + "/protocol/openid-connect/token")
                                                .refreshUrl(api.authorizationServer() + "/protocol/openid-connect/token")
                                                .scopes(new Scopes().addString("openid", "OpenID Connect sign-in"))))))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME))
                .addSecurityItem(new SecurityRequirement().addList(OAUTH2_SCHEME));
    }

    @Bean
    ProblemResponsesCustomizer problemResponsesCustomizer() {
        return new ProblemResponsesCustomizer();
    }

    @Bean
    static SchemaNames schemaNames() {
        return new SchemaNames();
    }

    @Bean
    SchemaContractCustomizer schemaContractCustomizer(SchemaNames schemaNames) {
        return new SchemaContractCustomizer(schemaNames);
    }

    @Bean
    OperationContractCustomizer operationContractCustomizer() {
        return new OperationContractCustomizer();
    }

    /** Two operations with one id would make a generated client drop one of them: the document fails instead. */
    @Bean
    OpenApiCustomizer uniqueOperationIds() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            Map<String, String> seen = new HashMap<>();
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                String where = method + " " + path;
                String earlier = seen.putIfAbsent(operation.getOperationId(), where);
                if (earlier != null) {
                    throw new IllegalStateException("operationId " + operation.getOperationId() + " of " + where
                            + " is also that of " + earlier + "; name one with @Operation(operationId)");
                }
            }));
        };
    }
}
