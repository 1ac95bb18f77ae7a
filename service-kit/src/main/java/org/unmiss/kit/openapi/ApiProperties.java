package org.unmiss.kit.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service's OpenAPI document says about itself.
 *
 * @param title               e.g. "Personnel API"
 * @param description         one or two sentences for client developers
 * @param version             the API's version (the {@code /api/v1} generation, not the build): raise it
 *                            with a change that breaks clients (the released-documents check demands it)
 * @param authorizationServer the Keycloak realm URL as a browser and a client reach it, for the OAuth2
 *                            flows in the document (not the issuer the service checks tokens against,
 *                            which can be an internal address)
 */
@ConfigurationProperties("unmiss.api")
public record ApiProperties(String title, String description, String version, String authorizationServer) {
}
