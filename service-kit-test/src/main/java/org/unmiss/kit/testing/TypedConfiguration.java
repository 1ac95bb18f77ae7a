package org.unmiss.kit.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Issue 13 point 7 as the build keeps it: a service reads its settings through
 * {@code @ConfigurationProperties} records only (no {@code @Value}: a typo in a string is found at
 * start-up by binding, and every setting is listed in one record), and its main configuration
 * ({@code application.yml}) holds no demo-data switch: demo data and development values belong to the
 * development profile ({@code application-local.yml}), which {@code ./platform} turns on.
 */
public final class TypedConfiguration {

    private TypedConfiguration() {
    }

    public static void verify(String basePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        noFields().should().beAnnotatedWith(Value.class)
                .because("settings are read through @ConfigurationProperties records (ADR 0036)")
                .allowEmptyShould(true).check(classes);
        codeUnits().should(new ArchCondition<JavaCodeUnit>("take no @Value parameter") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                for (JavaParameter parameter : unit.getParameters()) {
                    if (parameter.isAnnotatedWith(Value.class)) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes a @Value parameter; "
                                + "bind the setting into a @ConfigurationProperties record instead"));
                    }
                }
            }
        }).allowEmptyShould(true).check(classes);
        assertEquals(List.of(), mainSettings().stream().filter(name -> name.contains("demo-data.enabled")).toList(),
                "application.yml of " + basePackage + " switches demo data; that belongs in application-local.yml");
    }

    private static List<String> mainSettings() {
        ClassPathResource main = new ClassPathResource("application.yml");
        if (!main.exists()) {
            return List.of();
        }
        try {
            List<String> names = new ArrayList<>();
            for (PropertySource<?> source : new YamlPropertySourceLoader().load("application.yml", main)) {
                names.addAll(Arrays.asList(((EnumerablePropertySource<?>) source).getPropertyNames()));
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
