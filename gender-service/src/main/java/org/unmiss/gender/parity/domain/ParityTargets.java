package org.unmiss.gender.parity.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Optional;

/**
 * The uniformed gender parity targets (women's share in percent) per personnel sub-category, and
 * the share contributing countries are compared with. Configuration ({@code gender.parity}), not
 * constants: the strategy's targets change over time.
 */
@ConfigurationProperties("gender.parity")
public record ParityTargets(int targetYear, List<Target> targets, double countryTargetPercent) {

    public ParityTargets {
        targets = targets == null ? List.of() : List.copyOf(targets);
    }

    public record Target(String category, String subCategory, double percent) {
    }

    public Optional<Double> forSubCategory(String category, String subCategory) {
        return targets.stream().filter(t -> t.category().equals(category) && t.subCategory().equals(subCategory))
                .map(Target::percent).findFirst();
    }
}
