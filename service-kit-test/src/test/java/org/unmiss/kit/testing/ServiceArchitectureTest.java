package org.unmiss.kit.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The rules must pass a well-built service and catch each kind of violation. */
class ServiceArchitectureTest {

    @Test
    void acceptsAWellBuiltService() {
        JavaClasses sample = new ClassFileImporter().importPackages("org.unmiss.kit.sample");
        assertThat(sample.size()).isGreaterThan(5);
        assertThatCode(() -> ServiceArchitecture.check("org.unmiss.kit.sample", sample)).doesNotThrowAnyException();
    }

    @Test
    void catchesMisplacedUnsecuredControllersReturningDocuments() {
        String base = "org.unmiss.kit.testing.violations";
        JavaClasses classes = new ClassFileImporter().importPackages(base);
        List<String> broken = ServiceArchitecture.rules(base).stream()
                .filter(rule -> !rule.evaluate(classes).getFailureReport().isEmpty())
                .map(ArchRule::getDescription).toList();
        assertThat(broken).anyMatch(d -> d.contains("packaged by feature"))
                .anyMatch(d -> d.contains("controllers live in a feature's api package"))
                .anyMatch(d -> d.contains("stored documents live in domain or persistence"))
                .anyMatch(d -> d.contains("never return stored documents"))
                .anyMatch(d -> d.contains("@PreAuthorize"));
    }
}
