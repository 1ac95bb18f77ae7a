package org.unmiss.kit.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a service's test context at a real in-memory store and a real (test) token issuer, both
 * reached over loopback, and exposes the issuer (to mint tokens) and an {@link ApiClient} on the
 * application's port as beans. One store and
 * one issuer serve every test context of the JVM, which keeps Spring's context cache effective.
 */
public class PlatformTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final class Shared {
        static final EmbeddedStore STORE = EmbeddedStore.start();
        static final TestIssuer ISSUER = TestIssuer.start();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                ISSUER.close();
                STORE.close();
            }, "test-platform-shutdown"));
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.mongodb.uri=" + Shared.STORE.connectionString(),
                "unmiss.security.issuer-uri=" + Shared.ISSUER.issuerUri(),
                "unmiss.security.jwk-set-uri=" + Shared.ISSUER.jwkSetUri()
        ).applyTo(context);
        context.getBeanFactory().registerSingleton("testIssuer", Shared.ISSUER);
        // The server's port is known only once it has started, so the client reads it at each call.
        context.getBeanFactory().registerSingleton("apiClient", new ApiClient(
                () -> "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port")));
    }
}
