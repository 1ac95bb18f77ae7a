package org.unmiss.poc.returns.domain;

public enum Assistance {
    TRANSPORT,
    ESCORT,
    FOOD_RATIONS,
    NON_FOOD_ITEMS,
    CASH,
    SHELTER_KIT,
    NONE
}
