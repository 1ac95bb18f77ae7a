package org.unmiss.kit.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the kit, so the kit's behaviour is tested as a service sees it. */
@SpringBootApplication
public class SampleApplication {
}
