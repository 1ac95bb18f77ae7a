package org.unmiss.kit.testing;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Run by failsafe in every service and the gateway (service-parent scans this jar for it) after the
 * executable jar is packaged: the jar that is deployed carries no token minter, no embedded store and
 * no other part of the harness (ADR 0020).
 */
class ExecutableJarCarriesNoTestSupportIT {

    @Test
    void theExecutableJarCarriesNoTestSupport() {
        String property = System.getProperty("executable.jar");
        assertTrue(property != null && !property.isBlank(),
                "set the system property executable.jar to the packaged jar (service-parent does)");
        Path jar = Path.of(property);
        assertTrue(Files.isRegularFile(jar), jar + " was not packaged");

        ExecutableJar contents = ExecutableJar.read(jar);

        // A path to a plain jar would pass the check below without proving anything.
        assertFalse(contents.libraries().isEmpty(), jar + " is not a Spring Boot executable jar");
        assertEquals(List.of(), contents.testSupport(), "test support inside " + jar);
    }
}
