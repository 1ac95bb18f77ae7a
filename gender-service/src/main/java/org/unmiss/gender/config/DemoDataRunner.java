package org.unmiss.gender.config;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Loads the demo data on a first start ({@code gender.demo-data.enabled}, on by default, off in tests). */
@Component
@ConditionalOnProperty(name = "gender.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoDataRunner implements ApplicationRunner {

    private final DemoData demoData;

    DemoDataRunner(DemoData demoData) {
        this.demoData = demoData;
    }

    @Override
    public void run(ApplicationArguments args) {
        demoData.loadIfEmpty();
    }
}
