package org.unmiss.humanrights.hrcase.domain;

/** Age groups for disaggregated figures; the first three are children. */
public enum AgeGroup {
    AGE_0_4(0, 4),
    AGE_5_11(5, 11),
    AGE_12_17(12, 17),
    AGE_18_59(18, 59),
    AGE_60_PLUS(60, 150),
    UNKNOWN(-1, -1);

    private final int from;
    private final int to;

    AgeGroup(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public static AgeGroup ofAge(int age) {
        for (AgeGroup group : values()) {
            if (age >= group.from && age <= group.to) {
                return group;
            }
        }
        return UNKNOWN;
    }

    public boolean isChild() {
        return this == AGE_0_4 || this == AGE_5_11 || this == AGE_12_17;
    }

    public boolean contains(int age) {
        return age >= from && age <= to;
    }
}
