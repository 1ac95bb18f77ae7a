package org.unmiss.peace;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Good offices with leaders, the peace agreement's implementation and ceasefire monitoring. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PeaceProcessApplication {

    public static void main(String[] args) {
        SpringApplication.run(PeaceProcessApplication.class, args);
    }
}
