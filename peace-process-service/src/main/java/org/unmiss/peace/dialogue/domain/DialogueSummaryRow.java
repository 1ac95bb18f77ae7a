package org.unmiss.peace.dialogue.domain;

/** Initiatives held in one group, with their participants by sex. */
public record DialogueSummaryRow(String key, long initiatives, long female, long male) {
}
