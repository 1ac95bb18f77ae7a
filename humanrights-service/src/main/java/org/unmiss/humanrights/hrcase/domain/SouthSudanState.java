package org.unmiss.humanrights.hrcase.domain;

/** The ten states and three administrative areas. */
public enum SouthSudanState {
    CENTRAL_EQUATORIA,
    EASTERN_EQUATORIA,
    WESTERN_EQUATORIA,
    JONGLEI,
    UNITY,
    UPPER_NILE,
    LAKES,
    WARRAP,
    NORTHERN_BAHR_EL_GHAZAL,
    WESTERN_BAHR_EL_GHAZAL,
    GREATER_PIBOR,
    RUWENG,
    ABYEI
}
