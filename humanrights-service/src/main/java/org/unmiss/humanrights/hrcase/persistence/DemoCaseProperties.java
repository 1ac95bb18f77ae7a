package org.unmiss.humanrights.hrcase.persistence;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many synthetic cases the demo data holds (loaded only with the kit's demo-data switch on, on a
 * first start): 2000 take 10 to 30 s on the embedded store of a loaded 2-core machine.
 */
@ConfigurationProperties("humanrights.demo-data")
@Validated
public record DemoCaseProperties(@DefaultValue("2000") @Positive int cases) {
}
