package org.unmiss.kit.feign;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.util.List;

/**
 * One schedule for every service's re-checks of unverified references: a service declares an
 * {@link UnverifiedReferences} bean and gets the schedule, so no service can set the mark and forget
 * to clear it. Switched on only when such a bean exists.
 */
@AutoConfiguration
@ConditionalOnBean(UnverifiedReferences.class)
@EnableScheduling
public class KitRecheckAutoConfiguration {

    @Bean
    UnverifiedReferenceRechecks unverifiedReferenceRechecks(List<UnverifiedReferences> kinds) {
        return new UnverifiedReferenceRechecks(kinds);
    }

    /** Runs each kind's re-check in turn; one kind's failure does not stop the others'. */
    public static class UnverifiedReferenceRechecks {

        private static final Logger log = LoggerFactory.getLogger(UnverifiedReferenceRechecks.class);
        private final List<UnverifiedReferences> kinds;

        UnverifiedReferenceRechecks(List<UnverifiedReferences> kinds) {
            this.kinds = List.copyOf(kinds);
        }

        @Scheduled(fixedDelayString = "${unmiss.clients.recheck-interval}",
                initialDelayString = "${unmiss.clients.recheck-interval}")
        public void recheckAll() {
            for (UnverifiedReferences kind : kinds) {
                try {
                    int confirmed = kind.recheck();
                    if (confirmed > 0) {
                        log.info("Re-check of unverified references in {}: {} confirmed", kind.name(), confirmed);
                    }
                } catch (RuntimeException e) {
                    log.warn("Re-check of unverified references in {} failed: {}", kind.name(), e.toString());
                }
            }
        }
    }
}
