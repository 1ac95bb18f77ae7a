package org.unmiss.kit.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    /** violations.ledger: domain imports persistence, which imports domain back. */
    @Test
    void failsOnAWrongDirectionImport() {
        assertThatThrownBy(() -> rule("layers point one way").check(violations()))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("layers point one way: api -> domain <- persistence")
                .hasMessageContaining("Field <" + VIOLATIONS + ".ledger.domain.Ledger.store> has type <"
                        + VIOLATIONS + ".ledger.persistence.LedgerStore>")
                // persistence -> domain is the allowed direction and must not be reported
                .message().doesNotContain("Method <" + VIOLATIONS + ".ledger.persistence.LedgerStore.entries()>");
    }

    @Test
    void failsOnAPackageCycleInsideTheService() {
        assertThatThrownBy(() -> rule("no package cycles inside the service").check(violations()))
                .hasMessageContaining("Cycle detected: Slice ")
                .hasMessageContaining("Slice ledger.domain")
                .hasMessageContaining("Slice ledger.persistence")
                .hasMessageContaining("Slice alpha.domain");
    }

    @Test
    void failsOnACycleBetweenFeatures() {
        assertThatThrownBy(() -> rule("no cycles between features").check(violations()))
                .hasMessageContaining("Cycle detected: Slice ")
                .hasMessageContaining("Slice alpha")
                .hasMessageContaining("Slice beta")
                // one feature's own domain <-> persistence loop is a package cycle, not a feature cycle
                .message().doesNotContain("Slice ledger");
    }

    private static final String VIOLATIONS = "org.unmiss.kit.testing.violations";

    private static JavaClasses violations() {
        return new ClassFileImporter().importPackages(VIOLATIONS);
    }

    private static ArchRule rule(String description) {
        return ServiceArchitecture.rules(VIOLATIONS).stream().filter(rule -> rule.getDescription().startsWith(description))
                .findFirst().orElseThrow();
    }
}
