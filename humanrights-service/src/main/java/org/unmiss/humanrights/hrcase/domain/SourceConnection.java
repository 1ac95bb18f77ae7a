package org.unmiss.humanrights.hrcase.domain;

/** How a source is connected to the facts. */
public enum SourceConnection {
    VICTIM,
    WITNESS,
    PERPETRATOR,
    RELATED_TO_VICTIM_OR_PERPETRATOR,
    THIRD_PARTY,
    SERVICE_PROVIDER,
    UNKNOWN
}
