package org.unmiss.kit.testing;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service integration test: the whole application on a random port, talking to the in-memory
 * store through the real driver and validating real signed tokens from {@link TestIssuer}
 * (inject it with {@code @Autowired TestIssuer issuer}). Call it over HTTP with the {@link ApiClient}
 * bean ({@code @Autowired ApiClient api}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = PlatformTestInitializer.class)
public @interface ServiceTest {
}
