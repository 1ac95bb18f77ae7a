package org.unmiss.poc.incident.domain;

public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
