package org.unmiss.humanrights.hrcase.domain;

/** Where a case came from when another service referred it (e.g. an SGBV incident at a PoC site). */
public record CaseOrigin(String sourceService, String sourceReference) {
}
