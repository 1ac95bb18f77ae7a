package org.unmiss.poc.patrol.domain;

public enum PatrolType {
    PREVENTIVE,
    VISIBILITY,
    CONFIDENCE_AND_TRUST_BUILDING,
    DISMOUNTED,
    JOINT_WITH_NATIONAL_POLICE
}
