package org.unmiss.gender;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Gender programmes: trainings, forums, the task force, UNSCR 1325 pillars and parity. */
@SpringBootApplication
public class GenderApplication {

    public static void main(String[] args) {
        SpringApplication.run(GenderApplication.class, args);
    }
}
