package org.unmiss.personnel.importing.domain;

/** ALL_OR_NOTHING writes nothing if any row is bad; VALID_ROWS_ONLY writes the good rows and reports the rest. */
public enum ImportMode {
    ALL_OR_NOTHING, VALID_ROWS_ONLY
}
