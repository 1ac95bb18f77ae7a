package org.unmiss.peace.engagement.domain;

public enum InterlocutorType {
    POLITICAL, RELIGIOUS, TRADITIONAL, COMMUNITY, WOMEN, YOUTH, CIVIL_SOCIETY, GOVERNMENT, MILITARY
}
