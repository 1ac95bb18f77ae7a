package org.unmiss.personnel.report.domain;

import org.unmiss.personnel.person.domain.Category;
import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;

import java.util.Set;

/** Which people a strength figure counts; null or empty means "all". */
public record StrengthFilter(Set<Category> categories, SubCategory subCategory, String country, String fieldOffice, Sex sex) {

    public static final StrengthFilter ALL = new StrengthFilter(Set.of(), null, null, null, null);

    public boolean isEmpty() {
        return (categories == null || categories.isEmpty()) && subCategory == null && country == null
                && fieldOffice == null && sex == null;
    }
}
