package org.unmiss.humanrights.hrcase.domain;

/** Victims are presumed civilian unless shown otherwise. */
public enum CivilianStatus {
    PRESUMED_CIVILIAN,
    CIVILIAN,
    NOT_CIVILIAN
}
