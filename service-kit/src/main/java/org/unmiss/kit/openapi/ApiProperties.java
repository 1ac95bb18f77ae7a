package org.unmiss.kit.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service's OpenAPI document says about itself.
 *
 * @param title       e.g. "Personnel API"
 * @param description one or two sentences for client developers
 * @param version     the API's version (the {@code /api/v1} generation, not the build)
 */
@ConfigurationProperties("unmiss.api")
public record ApiProperties(String title, String description, String version) {
}
