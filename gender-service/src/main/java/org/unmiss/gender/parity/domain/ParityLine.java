package org.unmiss.gender.parity.domain;

/**
 * Women's share of one group against its target.
 *
 * @param subCategory         null on a category's total line
 * @param womenSharePercent   female / total, in percent, one decimal
 * @param targetPercent       null where no target is configured
 * @param gapPercentagePoints target minus share (positive: short of the target); null without a target
 * @param meetsTarget         null without a target
 */
public record ParityLine(String category, String subCategory, String country, long female, long male, long total,
                         double womenSharePercent, Double targetPercent, Double gapPercentagePoints, Boolean meetsTarget) {
}
