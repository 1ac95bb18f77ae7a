package org.unmiss.poc.patrol.domain;

public enum Shift {
    DAY,
    NIGHT
}
