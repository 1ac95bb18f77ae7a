package org.unmiss.poc.earlywarning.domain;

/** Who raised an early-warning alert. */
public enum AlertSource {
    PATROL,
    COMMUNITY_ALERT_NETWORK,
    PARTNER,
    CIVIL_AFFAIRS,
    LOCAL_AUTHORITY,
    OTHER
}
