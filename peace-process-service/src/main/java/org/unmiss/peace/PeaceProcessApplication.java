package org.unmiss.peace;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Good offices with leaders, the peace agreement's implementation and ceasefire monitoring. */
@SpringBootApplication
public class PeaceProcessApplication {

    public static void main(String[] args) {
        SpringApplication.run(PeaceProcessApplication.class, args);
    }
}
