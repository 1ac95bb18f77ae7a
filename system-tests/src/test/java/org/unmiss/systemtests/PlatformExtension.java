package org.unmiss.systemtests;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the platform before the first system test class and keeps it for the whole run: it lives
 * in JUnit's root store, which closes it (./platform down) when the run ends, pass or fail.
 */
public final class PlatformExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Platform.class, key -> Platform.up(), Platform.class);
    }
}
