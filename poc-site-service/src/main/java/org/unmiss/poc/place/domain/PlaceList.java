package org.unmiss.poc.place.domain;

import java.util.List;

/** What the place rules need of the store (ADR 21): the whole list, which is small (states and counties). */
public interface PlaceList {

    List<Place> all();
}
