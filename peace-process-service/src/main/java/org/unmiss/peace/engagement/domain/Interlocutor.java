package org.unmiss.peace.engagement.domain;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A leader met, described by category and position, never by name: reports circulate to partners
 * once published, and the people met did not consent to being named there. The optional
 * {@code interlocutorId} points into the interlocutor directory, which only mission staff can read.
 *
 * @param position e.g. "paramount chief", "county commissioner", "bishop"
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Interlocutor(InterlocutorType type, String affiliation, String position, Sex sex, String interlocutorId) {
}
