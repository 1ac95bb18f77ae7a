package org.unmiss.poc.returns.domain;

public enum FollowUpOutcome {
    SETTLED,
    NEEDS_ASSISTANCE,
    DISPLACED_AGAIN,
    RETURNED_TO_SITE,
    NOT_REACHED
}
