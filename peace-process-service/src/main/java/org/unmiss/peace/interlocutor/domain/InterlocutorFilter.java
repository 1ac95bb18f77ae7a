package org.unmiss.peace.interlocutor.domain;

import org.unmiss.peace.engagement.domain.InterlocutorType;
import org.unmiss.peace.engagement.domain.Level;
import org.unmiss.peace.engagement.domain.Sex;
import org.unmiss.peace.location.domain.SouthSudanState;

public record InterlocutorFilter(InterlocutorType type, String affiliation, Level level, SouthSudanState state, String county,
                                 Sex sex, Boolean active) {
}
