package org.unmiss.poc.place.domain;

/**
 * The place a record is located in, copied into the record when it is made so that reports group
 * by it without a join and a later change of the reference data does not move old records.
 *
 * @param placeId the {@link Place} id (a county's name path, or a state's ISO code)
 * @param county  the county's name
 * @param state   the state or administrative area
 */
public record PlaceRef(String placeId, String county, String state) {

    /** A county by its state and name; its id is the name path the place list uses ("Unity/Leer"). */
    public static PlaceRef ofCounty(String state, String county) {
        return new PlaceRef(state + "/" + county, county, state);
    }
}
