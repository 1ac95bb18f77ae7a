package org.unmiss.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * This service's own confidential client, for its background calls to other services. Each service
 * has its own client in the realm, holding only the roles its background calls need.
 *
 * @param tokenUri     the realm's token endpoint
 * @param clientId     the service's name ({@code spring.application.name}) unless {@code SERVICE_CLIENT_ID} says otherwise
 * @param clientSecret only from the environment ({@code SERVICE_CLIENT_SECRET}); no default outside the
 *                     {@code local} profile (see {@code CommittedSecretsGuard})
 */
@ConfigurationProperties("unmiss.clients.service-account")
public record ServiceAccountProperties(String tokenUri, String clientId, String clientSecret) {
}
