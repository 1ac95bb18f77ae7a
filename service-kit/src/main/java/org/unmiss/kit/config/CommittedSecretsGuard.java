package org.unmiss.kit.config;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses to start a service outside the development profile ({@value #DEVELOPMENT_PROFILE}) when a
 * secret setting is missing or holds a value committed to the repository: anyone with a copy of the
 * repository knows those, so data sealed or calls authenticated with them are open to everyone.
 *
 * <p>Committed values are, by convention, the development ones: whatever the service's
 * {@code application-local.yml} and the kit's {@code service-kit-local.properties} set for a guarded
 * setting (the default of a {@code ${ENV:default}} placeholder counts), and every value ending in
 * {@code -dev-secret} (the development realm's client secrets). The guarded settings are listed in
 * {@code unmiss.secrets.guarded}; {@code unmiss.secrets.required} are those that must be present.
 *
 * <p>It runs as the first step of the context's refresh, after every initializer (tests add fresh
 * values there) and before any bean exists, so nothing has been opened or sealed with a known key.
 */
public class CommittedSecretsGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    public static final String DEVELOPMENT_PROFILE = "local";
    static final String GUARDED = "unmiss.secrets.guarded";
    static final String REQUIRED = "unmiss.secrets.required";
    static final List<String> DEVELOPMENT_FILES = List.of(
            "application-local.yml", "application-local.yaml", "application-local.properties",
            KitDefaults.LOCAL_RESOURCE);
    private static final Pattern PLACEHOLDER_DEFAULT = Pattern.compile("^\\$\\{[^:}]+:(.*)}$", Pattern.DOTALL);

    private ConfigurableEnvironment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = (ConfigurableEnvironment) environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(environment);
    }

    static void check(ConfigurableEnvironment environment) {
        if (environment.acceptsProfiles(Profiles.of(DEVELOPMENT_PROFILE))) {
            return;
        }
        List<String> guarded = list(environment, GUARDED);
        Set<String> committed = committedValues(guarded);
        List<String> problems = new ArrayList<>();
        for (String name : list(environment, REQUIRED)) {
            if (environment.getProperty(name, "").isBlank()) {
                problems.add(name + " is not set");
            }
        }
        for (String name : guarded) {
            String value = environment.getProperty(name, "");
            if (!value.isBlank() && (value.strip().endsWith("-dev-secret") || committed.contains(normalised(value)))) {
                // Name the setting, never the value.
                problems.add(name + " holds a development value committed to the repository");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start without the '" + DEVELOPMENT_PROFILE + "' profile: "
                    + String.join("; ", problems) + ". Production secrets come only from the environment"
                    + " (SERVICE_CLIENT_SECRET, SEALING_KEYSET, ...); ./platform up generates them per run directory;"
                    + " the committed development values work only with --spring.profiles.active=" + DEVELOPMENT_PROFILE);
        }
    }

    private static List<String> list(ConfigurableEnvironment environment, String name) {
        String[] values = environment.getProperty(name, String[].class, new String[0]);
        return java.util.Arrays.stream(values).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The values the development files give the guarded settings, placeholders reduced to their default. */
    static Set<String> committedValues(List<String> guarded) {
        Set<String> values = new HashSet<>();
        for (String file : DEVELOPMENT_FILES) {
            Resource resource = new ClassPathResource(file);
            if (!resource.exists()) {
                continue;
            }
            try {
                var sources = file.endsWith(".properties")
                        ? new PropertiesPropertySourceLoader().load(file, resource)
                        : new YamlPropertySourceLoader().load(file, resource);
                for (var source : sources) {
                    if (source instanceof EnumerablePropertySource<?> enumerable) {
                        for (String name : guarded) {
                            Object raw = enumerable.getProperty(name);
                            if (raw != null) {
                                values.add(normalised(withoutPlaceholder(raw.toString())));
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + file, e);
            }
        }
        return values;
    }

    private static String withoutPlaceholder(String raw) {
        Matcher m = PLACEHOLDER_DEFAULT.matcher(raw.strip());
        return m.matches() ? m.group(1) : raw;
    }

    /** A keyset re-indented or re-spaced is still the committed keyset. */
    private static String normalised(String value) {
        return value.replaceAll("\\s", "");
    }
}
