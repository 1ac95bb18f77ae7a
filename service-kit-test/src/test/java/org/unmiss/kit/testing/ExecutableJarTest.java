package org.unmiss.kit.testing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged-jar check finds the harness wherever it could hide in a Spring Boot jar. */
class ExecutableJarTest {

    @TempDir
    Path dir;

    @Test
    void aCleanServiceJarHasNoTestSupport() throws IOException {
        Path jar = bootJar(Map.of(
                "BOOT-INF/classes/org/unmiss/personnel/PersonnelApplication.class", new byte[1],
                "BOOT-INF/lib/service-kit-0.1.0.jar", library("org/unmiss/kit/web/ETags.class")));

        ExecutableJar contents = ExecutableJar.read(jar);

        assertThat(contents.libraries()).containsExactly("service-kit-0.1.0.jar");
        assertThat(contents.testSupport()).isEmpty();
    }

    @Test
    void findsAHarnessClassThatCameBackIntoALibrary() throws IOException {
        Path jar = bootJar(Map.of(
                "BOOT-INF/lib/service-kit-0.1.0.jar", library("org/unmiss/kit/testing/TestIssuer.class")));

        assertThat(ExecutableJar.read(jar).testSupport())
                .containsExactly("BOOT-INF/lib/service-kit-0.1.0.jar!/org/unmiss/kit/testing/TestIssuer.class");
    }

    @Test
    void findsAHarnessClassAmongTheServicesOwnClasses() throws IOException {
        Path jar = bootJar(Map.of(
                "BOOT-INF/classes/org/unmiss/kit/testing/EmbeddedStore.class", new byte[1],
                "BOOT-INF/lib/service-kit-0.1.0.jar", library("org/unmiss/kit/web/ETags.class")));

        assertThat(ExecutableJar.read(jar).testSupport())
                .containsExactly("BOOT-INF/classes/org/unmiss/kit/testing/EmbeddedStore.class");
    }

    @Test
    void findsTheHarnessAndItsLibrariesPackagedAsDependencies() throws IOException {
        Path jar = bootJar(Map.of(
                "BOOT-INF/lib/service-kit-test-0.1.0.jar", library("META-INF/MANIFEST.MF"),
                "BOOT-INF/lib/mongo-java-server-core-1.47.0.jar", library("de/bwaldvogel/mongo/MongoServer.class")));

        assertThat(ExecutableJar.read(jar).testSupport()).containsExactlyInAnyOrder(
                "BOOT-INF/lib/service-kit-test-0.1.0.jar", "BOOT-INF/lib/mongo-java-server-core-1.47.0.jar");
    }

    private Path bootJar(Map<String, byte[]> entries) throws IOException {
        Path jar = Files.createTempFile(dir, "service", ".jar");
        try (OutputStream out = Files.newOutputStream(jar)) {
            out.write(zip(new LinkedHashMap<>(entries)));
        }
        return jar;
    }

    private static byte[] library(String entry) throws IOException {
        return zip(Map.of(entry, new byte[1]));
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new ZipEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
