package org.unmiss.gender.activity.domain;

/** What the Gender Section does. */
public enum ActivityType {
    TRAINING,
    WOMEN_PEACE_FORUM,
    COMMUNITY_DIALOGUE,
    OPEN_DAY,
    TASK_FORCE_MEETING,
    ADVOCACY_INITIATIVE,
    TECHNICAL_SUPPORT,
    RESEARCH_AND_ANALYSIS;

    /** Meetings whose decisions are followed up as action points. */
    public boolean producesActionPoints() {
        return this == WOMEN_PEACE_FORUM || this == COMMUNITY_DIALOGUE || this == TASK_FORCE_MEETING;
    }

    /** Activities with people in the room, whose participants are counted once held. */
    public boolean countsParticipants() {
        return this != TECHNICAL_SUPPORT && this != RESEARCH_AND_ANALYSIS && this != ADVOCACY_INITIATIVE;
    }

    /** Where women's share of participants is reported (forums, dialogues, Open Days). */
    public boolean isDialogue() {
        return this == WOMEN_PEACE_FORUM || this == COMMUNITY_DIALOGUE || this == OPEN_DAY;
    }
}
