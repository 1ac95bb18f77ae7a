package org.unmiss.peace.engagement.domain;

/**
 * A mission staff member who took part, by personnel index number.
 *
 * @param verified whether personnel-service confirmed the index number; false when it could not be asked
 */
public record MissionParticipant(String indexNumber, boolean verified) {
}
