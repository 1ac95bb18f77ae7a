package org.unmiss.poc.place.domain;

/** The public source of a place's name, parent and code; {@code date} null for an undated page. */
public record PlaceSource(String document, String date, String url) {
}
