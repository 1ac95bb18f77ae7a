package org.unmiss.personnel.person.domain;

/** As recorded for strength and gender-parity reporting. */
public enum Sex {
    FEMALE, MALE
}
