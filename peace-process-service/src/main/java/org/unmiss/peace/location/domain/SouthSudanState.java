package org.unmiss.peace.location.domain;

/** South Sudan's ten states and three administrative areas, where engagements and incidents take place. */
public enum SouthSudanState {
    CENTRAL_EQUATORIA, EASTERN_EQUATORIA, WESTERN_EQUATORIA, JONGLEI, UNITY, UPPER_NILE, LAKES, WARRAP,
    NORTHERN_BAHR_EL_GHAZAL, WESTERN_BAHR_EL_GHAZAL, ABYEI_ADMINISTRATIVE_AREA, PIBOR_ADMINISTRATIVE_AREA,
    RUWENG_ADMINISTRATIVE_AREA
}
