package org.unmiss.kit.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The one trigger of demo data: with {@code unmiss.demo-data.enabled=true}, once the application is
 * ready, every {@link DemoLoader} bean runs (in {@code @Order}), and the log says what each took.
 * Without the switch no loader runs, whatever beans a service declares.
 */
@AutoConfiguration
@EnableConfigurationProperties(DemoDataProperties.class)
public class KitDemoDataAutoConfiguration {

    @Bean
    @ConditionalOnProperty(name = "unmiss.demo-data.enabled", havingValue = "true")
    DemoDataTrigger demoDataTrigger(ObjectProvider<DemoLoader> loaders) {
        return new DemoDataTrigger(loaders);
    }

    /**
     * Runs at {@link #ORDER} among the ready-event listeners: before a service's own listeners of
     * default (lowest) order, so one that warms a cache on ready (personnel's strength snapshot) sees
     * the demo data.
     */
    public static final class DemoDataTrigger implements ApplicationListener<ApplicationReadyEvent>, Ordered {

        public static final int ORDER = 0;
        private static final Logger log = LoggerFactory.getLogger(DemoDataTrigger.class);
        private final ObjectProvider<DemoLoader> loaders;

        DemoDataTrigger(ObjectProvider<DemoLoader> loaders) {
            this.loaders = loaders;
        }

        @Override
        public void onApplicationEvent(ApplicationReadyEvent event) {
            loaders.orderedStream().forEach(loader -> {
                long started = System.nanoTime();
                loader.loadIfEmpty();
                log.info("Demo data ({}): checked or loaded in {} ms", loader.name(), (System.nanoTime() - started) / 1_000_000);
            });
        }

        @Override
        public int getOrder() {
            return ORDER;
        }
    }
}
