package org.unmiss.humanrights.hrcase.domain;

import java.util.Map;

/** What opening a case's sealed fields gave: its narrative and each victim's and source's identity, by code. */
public record Revealed(String narrative, Map<String, RevealedIdentity> identities) {
}
