package org.unmiss.personnel.person.domain;

/** Personal contact details: shown only to callers who may change personnel records. */
public record Contacts(String email, String phone) {
}
