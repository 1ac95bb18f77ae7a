package org.unmiss.personnel.report.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.unmiss.personnel.person.domain.SubCategory;

import java.util.Map;

/**
 * The figures reports compare against, as configuration (they change with Security Council
 * resolutions and the uniformed gender parity strategy).
 *
 * @param ceilings      authorised strength; defaults from resolution 2567 (2021)
 * @param parityTargets women's share in percent per sub-category; sub-categories without one have no target
 */
@ConfigurationProperties("personnel.reports")
public record ReportSettings(Ceilings ceilings, Map<SubCategory, Double> parityTargets) {

    public ReportSettings {
        ceilings = ceilings == null ? new Ceilings(17_000, 2_101, 88) : ceilings;
        parityTargets = parityTargets == null ? Map.of() : Map.copyOf(parityTargets);
    }

    /**
     * @param troops      military personnel of every sub-category
     * @param police      police including corrections officers
     * @param corrections corrections officers (part of {@code police})
     */
    public record Ceilings(int troops, int police, int corrections) {
    }
}
