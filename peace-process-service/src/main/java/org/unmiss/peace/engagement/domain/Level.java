package org.unmiss.peace.engagement.domain;

public enum Level {
    NATIONAL, SUBNATIONAL
}
