package org.unmiss.poc;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Protection of Civilians sites: their people, patrols, searches, incidents and returns. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PocSiteApplication {

    public static void main(String[] args) {
        SpringApplication.run(PocSiteApplication.class, args);
    }
}
