package org.unmiss.kit.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a packaged Spring Boot jar holds, read the way it is deployed: its own classes under
 * {@code BOOT-INF/classes} and every library under {@code BOOT-INF/lib}, opened too, because a
 * harness class that came back into a library (service-kit, say) would sit inside a nested jar.
 * Plain JDK on purpose, so the reactive gateway can run the same check.
 */
public record ExecutableJar(List<String> libraries, List<String> testSupport) {

    static final String HARNESS_PACKAGE = "org/unmiss/kit/testing/";
    static final String LIBRARIES = "BOOT-INF/lib/";

    /** The harness and the libraries that exist only for it: none belongs in a service jar. */
    static final List<String> TEST_ONLY_LIBRARIES = List.of(
            "service-kit-test-", "mongo-java-server", "archunit", "junit-", "spring-boot-test-", "spring-test-");

    public static ExecutableJar read(Path jar) {
        List<String> libraries = new ArrayList<>();
        List<String> testSupport = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.contains(HARNESS_PACKAGE)) {
                    testSupport.add(name);
                }
                if (name.startsWith(LIBRARIES) && name.endsWith(".jar")) {
                    String library = name.substring(LIBRARIES.length());
                    libraries.add(library);
                    if (TEST_ONLY_LIBRARIES.stream().anyMatch(library::startsWith)) {
                        testSupport.add(name);
                    }
                    try (InputStream nested = file.getInputStream(entry)) {
                        harnessClassesIn(name, nested, testSupport);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
        return new ExecutableJar(List.copyOf(libraries), List.copyOf(testSupport));
    }

    private static void harnessClassesIn(String library, InputStream nested, List<String> found) throws IOException {
        ZipInputStream zip = new ZipInputStream(nested);
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            if (entry.getName().startsWith(HARNESS_PACKAGE)) {
                found.add(library + "!/" + entry.getName());
            }
        }
    }
}
