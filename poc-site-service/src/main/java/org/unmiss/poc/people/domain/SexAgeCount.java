package org.unmiss.poc.people.domain;

/** One cell of a sex × age-group breakdown. */
public record SexAgeCount(Sex sex, AgeGroup ageGroup, Integer count) {
}
