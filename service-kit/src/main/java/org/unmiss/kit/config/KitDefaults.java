package org.unmiss.kit.config;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds service-kit-defaults.properties as the lowest-precedence property source: the settings every
 * service shares (where Keycloak and the store are, what actuator exposes, error and log format)
 * live once, and any service's own configuration or environment still overrides them. Only servlet
 * applications (the domain services) take them: the reactive gateway and the system tests use the
 * kit's test helpers alone and keep their own settings.
 *
 * <p>With the development profile ({@code local}) active, service-kit-local.properties (the
 * development values of shared secrets) goes just above the defaults. It is not named
 * application-local.properties because a service's own application-local.yml would hide it on the
 * class path. Outside that profile no secret has a default: see {@link CommittedSecretsGuard}.
 */
public class KitDefaults implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "service-kit-defaults";
    static final String LOCAL_SOURCE_NAME = "service-kit-local";
    static final String LOCAL_RESOURCE = "service-kit-local.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (application.getWebApplicationType() != WebApplicationType.SERVLET) {
            return;
        }
        try {
            environment.getPropertySources().addLast(
                    new ResourcePropertySource(SOURCE_NAME, new ClassPathResource("service-kit-defaults.properties")));
            if (environment.acceptsProfiles(Profiles.of(CommittedSecretsGuard.DEVELOPMENT_PROFILE))) {
                environment.getPropertySources().addBefore(SOURCE_NAME,
                        new ResourcePropertySource(LOCAL_SOURCE_NAME, new ClassPathResource(LOCAL_RESOURCE)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("service-kit-defaults.properties missing from service-kit", e);
        }
    }
}
