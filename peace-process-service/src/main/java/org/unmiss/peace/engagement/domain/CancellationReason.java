package org.unmiss.peace.engagement.domain;

public enum CancellationReason {
    DUPLICATE_REPORT, ENGAGEMENT_DID_NOT_TAKE_PLACE, ENTERED_IN_ERROR, SECURITY_SITUATION, INTERLOCUTORS_UNAVAILABLE
}
