package org.unmiss.humanrights;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Monitoring, investigating, verifying and reporting human rights violations, with victims' identities protected. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HumanRightsApplication {

    public static void main(String[] args) {
        SpringApplication.run(HumanRightsApplication.class, args);
    }
}
