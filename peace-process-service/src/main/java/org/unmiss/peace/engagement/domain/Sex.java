package org.unmiss.peace.engagement.domain;

public enum Sex {
    FEMALE, MALE
}
