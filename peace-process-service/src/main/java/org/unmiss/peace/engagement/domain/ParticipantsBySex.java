package org.unmiss.peace.engagement.domain;

/** Everyone present (interlocutors' delegations included), counted by sex as the mission reports it. */
public record ParticipantsBySex(int female, int male) {

    public int total() {
        return female + male;
    }
}
