package org.unmiss.humanrights.hrcase.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may refer incidents to the intake.
 *
 * @param pocSiteClientId the client whose service account is poc-site-service's (the token's {@code azp}):
 *                        only it may refer incidents as poc-site-service
 */
@ConfigurationProperties("humanrights.intake")
public record IntakeProperties(String pocSiteClientId) {
}
