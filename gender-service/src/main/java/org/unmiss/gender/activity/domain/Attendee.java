package org.unmiss.gender.activity.domain;

/** Who attended a meeting (the task force records attendance by name and organisation). */
public record Attendee(String name, String organisation) {
}
