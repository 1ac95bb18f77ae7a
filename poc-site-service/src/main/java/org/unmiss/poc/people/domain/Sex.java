package org.unmiss.poc.people.domain;

public enum Sex {
    FEMALE,
    MALE
}
