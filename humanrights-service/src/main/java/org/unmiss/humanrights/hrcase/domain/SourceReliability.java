package org.unmiss.humanrights.hrcase.domain;

/** How reliable a source has proven. */
public enum SourceReliability {
    HIGHLY_RELIABLE,
    RELIABLE,
    SOMEWHAT_RELIABLE,
    UNRELIABLE,
    HIGHLY_UNRELIABLE,
    UNKNOWN
}
