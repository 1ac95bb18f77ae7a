package org.unmiss.personnel.person.domain;

/** Each sub-category belongs to exactly one category; a person's two must agree. */
public enum SubCategory {
    CONTINGENT_TROOP(Category.MILITARY),
    STAFF_OFFICER(Category.MILITARY),
    MILITARY_OBSERVER(Category.MILITARY),
    INDIVIDUAL_POLICE_OFFICER(Category.POLICE),
    FORMED_POLICE_UNIT(Category.POLICE),
    CORRECTIONS_OFFICER(Category.CORRECTIONS),
    INTERNATIONAL_STAFF(Category.CIVILIAN),
    NATIONAL_STAFF(Category.CIVILIAN),
    UN_VOLUNTEER(Category.CIVILIAN);

    private final Category category;

    SubCategory(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }
}
