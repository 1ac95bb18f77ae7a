package org.unmiss.kit.testing.violations.things;

import org.springframework.data.mongodb.core.mapping.Document;

/** Deliberately misplaced: a stored document outside domain/persistence. */
@Document("things")
public record StoredThing(String id) {
}
