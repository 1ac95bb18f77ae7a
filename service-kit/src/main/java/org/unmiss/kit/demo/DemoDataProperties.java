package org.unmiss.kit.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one demo-data switch of every service: off unless set, on in the development profile
 * ({@code application-local.yml}), never in a service's main configuration.
 *
 * @param enabled whether the service's {@link DemoLoader}s run on start-up
 */
@ConfigurationProperties("unmiss.demo-data")
public record DemoDataProperties(boolean enabled) {
}
