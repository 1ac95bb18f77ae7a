package org.unmiss.gender;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Gender programmes: trainings, forums, the task force, UNSCR 1325 pillars and parity. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GenderApplication {

    public static void main(String[] args) {
        SpringApplication.run(GenderApplication.class, args);
    }
}
