package org.unmiss.vocabulary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Women's share of a group against a target: the one computation of gender parity the services share
 * (issue 13 point 5), so personnel-service's and gender-service's figures for the same counts are the same.
 *
 * @param womenPercent        women / total in percent, one decimal (0 for an empty group)
 * @param targetPercent       null when there is no target for the group and year
 * @param gapPercentagePoints target minus share (positive: short of the target); null without a target
 * @param meetsTarget         null without a target
 */
public record ParityMeasure(long women, long total, double womenPercent, Double targetPercent, Double gapPercentagePoints,
                            Boolean meetsTarget) {

    public static ParityMeasure of(long women, long total, Double targetPercent) {
        if (women < 0 || total < women) {
            throw new IllegalArgumentException("women must be between 0 and total: " + women + " of " + total);
        }
        double share = total == 0 ? 0 : round(100.0 * women / total);
        Double target = targetPercent == null ? null : round(targetPercent);
        return new ParityMeasure(women, total, share, target, target == null ? null : round(target - share),
                target == null ? null : share >= target);
    }

    /** One decimal, half up: the rounding every parity figure uses. */
    public static double round(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
