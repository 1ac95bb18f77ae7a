package org.unmiss.poc.seizure.domain;

public enum CustodyStatus {
    HELD,
    RETURNED_TO_OWNER,
    DESTROYED,
    FORWARDED
}
