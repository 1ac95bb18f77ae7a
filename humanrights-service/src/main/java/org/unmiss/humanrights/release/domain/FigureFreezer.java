package org.unmiss.humanrights.release.domain;

import java.util.Map;

/**
 * What a release freezes: the figures of a quarter, as the report views answer them now, for every scope a caller can
 * have (mission-wide and each field office). The reports implement it; to the release they are opaque documents.
 */
public interface FigureFreezer {

    /** The quarter's figures by scope ({@code HQ} or a field office code), each one serialised document. */
    Map<String, String> freeze(Quarter quarter);
}
