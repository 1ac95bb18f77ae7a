package org.unmiss.peace.engagement.domain;

/**
 * Engagements in one group, and the people present at them by sex. With {@code INTERLOCUTOR_TYPE}
 * an engagement with leaders of two types counts once under each, so the groups add up to more
 * than the number of engagements.
 */
public record SummaryRow(String key, long engagements, long female, long male) {
}
