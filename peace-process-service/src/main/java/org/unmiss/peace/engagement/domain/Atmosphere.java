package org.unmiss.peace.engagement.domain;

public enum Atmosphere {
    POSITIVE, NEUTRAL, NEGATIVE
}
