package org.unmiss.peace.engagement.domain;

/**
 * Women's share of the people present at engagements in one month (or overall, month "TOTAL").
 *
 * @param womenShare female / (female + male), rounded to 4 decimals; null when nobody was counted
 */
public record WomensParticipationRow(String month, long engagements, long female, long male, Double womenShare) {

    public static WomensParticipationRow of(String month, long engagements, long female, long male) {
        long total = female + male;
        Double share = total == 0 ? null : Math.round(female * 10000.0 / total) / 10000.0;
        return new WomensParticipationRow(month, engagements, female, male, share);
    }
}
