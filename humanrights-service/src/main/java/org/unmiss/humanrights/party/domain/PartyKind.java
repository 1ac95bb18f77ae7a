package org.unmiss.humanrights.party.domain;

/** How UN reporting groups the parties to whom violations are attributed. */
public enum PartyKind {
    STATE_ARMED_FORCES,
    STATE_SECURITY_SERVICE,
    STATE_POLICE,
    NON_STATE_ARMED_GROUP,
    COMMUNITY_MILITIA
}
