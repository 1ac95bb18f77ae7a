package org.unmiss.kit.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a service's test context at a real in-memory store and a real (test) token issuer, both
 * reached over loopback, and exposes the issuer (to mint tokens) and an {@link ApiClient} on the
 * application's port as beans. One store and
 * one issuer serve every test context of the JVM, which keeps Spring's context cache effective.
 * With {@code -Dstore.uri=mongodb://...} ({@link EmbeddedStore#URI_PROPERTY}, also readable from a
 * test's own properties) the context uses that MongoDB instead and no embedded store is started.
 */
public class PlatformTestInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final class Shared {
        static final TestIssuer ISSUER = TestIssuer.start();
        // Fresh secrets per test JVM: tests run without the 'local' profile and without any value
        // committed to the repository, as production does.
        static final String CLIENT_SECRET = java.util.UUID.randomUUID().toString();
        static final String SEALING_KEYSET = org.unmiss.kit.sealing.FieldSealer.newKeyset();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(ISSUER::close, "test-issuer-shutdown"));
        }
    }

    /** Started on first use only: a run against a real MongoDB never starts it. */
    private static final class SharedStore {
        static final EmbeddedStore STORE = EmbeddedStore.start();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(STORE::close, "test-store-shutdown"));
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String storeUri = EmbeddedStore.connectionStringFor(
                context.getEnvironment().getProperty(EmbeddedStore.URI_PROPERTY), () -> SharedStore.STORE);
        TestPropertyValues.of(
                "spring.mongodb.uri=" + storeUri,
                "unmiss.security.issuer-uri=" + Shared.ISSUER.issuerUri(),
                "unmiss.security.jwk-set-uri=" + Shared.ISSUER.jwkSetUri(),
                "unmiss.clients.service-account.client-secret=" + Shared.CLIENT_SECRET,
                "unmiss.sealing.keyset=" + Shared.SEALING_KEYSET
        ).applyTo(context);
        context.getBeanFactory().registerSingleton("testIssuer", Shared.ISSUER);
        // The server's port is known only once it has started, so the client reads it at each call.
        context.getBeanFactory().registerSingleton("apiClient", new ApiClient(
                () -> "http://127.0.0.1:" + context.getEnvironment().getRequiredProperty("local.server.port")));
    }
}
