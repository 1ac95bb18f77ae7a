package org.unmiss.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's own confidential client, for background calls between services.
 *
 * @param tokenUri     the realm's token endpoint
 * @param clientId     {@code mission-services} unless configured otherwise
 * @param clientSecret from the environment in production ({@code MISSION_SERVICES_CLIENT_SECRET})
 */
@ConfigurationProperties("unmiss.clients.service-account")
public record ServiceAccountProperties(String tokenUri, String clientId, String clientSecret) {
}
