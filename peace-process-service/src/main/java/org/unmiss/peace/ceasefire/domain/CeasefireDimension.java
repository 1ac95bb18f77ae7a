package org.unmiss.peace.ceasefire.domain;

/** What the ceasefire summary groups by; a report naming two parties counts under each. */
public enum CeasefireDimension {
    TYPE, PARTY, STAGE, SOURCE, OUTCOME
}
