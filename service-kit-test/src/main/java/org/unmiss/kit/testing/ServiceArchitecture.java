package org.unmiss.kit.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of docs/architecture.md, checked the same way in every service: package by feature
 * ({@code <service>.<feature>.{api,domain,persistence}} plus {@code config}); controllers in
 * {@code api}, never returning stored documents; every endpoint stating its roles; no service importing
 * another's classes; and the direction of docs/adr/0021-dependency-direction.md: {@code api -> domain <- persistence}
 * (api may also read through persistence, {@code config} may use every layer, nothing uses api or config), with no
 * package cycle inside the service and no cycle between its features.
 */
public final class ServiceArchitecture {

    private static final String KIT = "org.unmiss.kit..";

    private ServiceArchitecture() {
    }

    /** Checks every rule against the service's production classes under {@code basePackage}. */
    public static void verify(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        check(basePackage, classes);
    }

    /** Checks every rule against the given classes (the kit's own tests pass test classes here). */
    public static void check(String basePackage, JavaClasses classes) {
        rules(basePackage).forEach(rule -> rule.check(classes));
    }

    static List<ArchRule> rules(String base) {
        return Stream.of(
                classes().should().resideInAnyPackage(base, base + ".config..", base + ".*.api..",
                                base + ".*.domain..", base + ".*.persistence..")
                        .as("classes are packaged by feature: " + base + ".<feature>.{api,domain,persistence} or config"),
                classes().that().areAnnotatedWith(RestController.class).should().resideInAPackage("..api..")
                        .as("controllers live in a feature's api package"),
                layers(base),
                slices().matching(base + ".(**)").should().beFreeOfCycles()
                        .as("no package cycles inside the service (each package of " + base + " is a slice)"),
                slices().matching(base + ".(*)..").should().beFreeOfCycles()
                        .as("no cycles between features (each " + base + ".<feature> is a slice)"),
                classes().that().areAnnotatedWith(Document.class).should().resideInAnyPackage("..domain..", "..persistence..")
                        .as("stored documents live in domain or persistence"),
                methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class).and().arePublic()
                        .should(notExposeStoredDocuments())
                        .as("controllers never return stored documents"),
                methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class).and().arePublic()
                        .should(stateTheirRoles())
                        .as("every endpoint states the roles it needs (@PreAuthorize on the method or its class)"),
                noClasses().should().dependOnClassesThat(otherServices(base))
                        .as("a service never imports another service's classes; it calls it over HTTP"))
                // A young service may have no persistence package or no controller yet.
                .map(rule -> rule.allowEmptyShould(true))
                .toList();
    }

    /**
     * The direction inside (and across) features, ADR 0021: domain is the centre and depends on no other layer;
     * persistence implements what domain declares (repositories, queries, outbound clients) and so depends on
     * domain only; api may use domain and persistence; config wires everything and nothing depends on it.
     * Optional layers: a young service, or a feature with no persistence, is not a violation.
     */
    private static ArchRule layers(String base) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("config").definedBy(base + ".config..")
                .layer("api").definedBy(base + ".*.api..")
                .layer("domain").definedBy(base + ".*.domain..")
                .layer("persistence").definedBy(base + ".*.persistence..")
                .whereLayer("config").mayNotBeAccessedByAnyLayer()
                .whereLayer("api").mayOnlyBeAccessedByLayers("config")
                .whereLayer("persistence").mayOnlyBeAccessedByLayers("api", "config")
                .whereLayer("domain").mayOnlyBeAccessedByLayers("api", "persistence", "config")
                .as("layers point one way: api -> domain <- persistence (api may read persistence; config may use all;"
                        + " domain depends on neither api nor persistence)");
    }

    private static ArchCondition<JavaMethod> notExposeStoredDocuments() {
        return new ArchCondition<>("not return @Document types") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                method.getReturnType().getAllInvolvedRawTypes().stream()
                        .filter(type -> type.isAnnotatedWith(Document.class))
                        .forEach(type -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " returns stored document " + type.getName())));
            }
        };
    }

    private static ArchCondition<JavaMethod> stateTheirRoles() {
        return new ArchCondition<>("be annotated with @PreAuthorize") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean secured = method.isAnnotatedWith(PreAuthorize.class)
                        || method.getOwner().isAnnotatedWith(PreAuthorize.class);
                if (!secured) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no @PreAuthorize"));
                }
            }
        };
    }

    /** The platform-wide modules every service may use besides the kit: problem-types and the shared vocabulary (ADR 0023). */
    private static boolean isShared(String packageName) {
        return packageName.equals("org.unmiss.problem") || packageName.startsWith("org.unmiss.problem.")
                || packageName.equals("org.unmiss.vocabulary") || packageName.startsWith("org.unmiss.vocabulary.");
    }

    private static DescribedPredicate<JavaClass> otherServices(String base) {
        return new DescribedPredicate<>("belong to another service") {
            @Override
            public boolean test(JavaClass type) {
                String name = type.getPackageName();
                return name.startsWith("org.unmiss.") && !name.equals(base) && !name.startsWith(base + ".")
                        && !name.startsWith(KIT.substring(0, KIT.length() - 2)) && !isShared(name);
            }
        };
    }
}
