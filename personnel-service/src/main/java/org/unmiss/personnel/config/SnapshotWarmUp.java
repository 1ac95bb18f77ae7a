package org.unmiss.personnel.config;

import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.unmiss.personnel.report.persistence.StrengthSnapshot;

/**
 * Reads the strength snapshot before the service reports ready (after the kit's demo-data trigger,
 * which runs first among the ready listeners), so the first
 * report does not pay for reading every person and cannot run into the gateway's timeout.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@RequiredArgsConstructor
public class SnapshotWarmUp implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(SnapshotWarmUp.class);

    private final StrengthSnapshot snapshot;

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        long started = System.nanoTime();
        int stints = snapshot.stints().size();
        log.info("Strength snapshot ready: {} deployments on strength read in {} ms", stints, (System.nanoTime() - started) / 1_000_000);
    }
}
