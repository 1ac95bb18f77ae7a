package org.unmiss.poc.site.domain;

/** What a site is today: a UN-protected PoC site, or redesignated a conventional IDP camp under government responsibility. */
public enum Designation {
    POC_SITE,
    IDP_CAMP
}
