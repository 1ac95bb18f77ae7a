package org.unmiss.personnel.report.domain;

import org.unmiss.personnel.person.domain.Category;
import org.unmiss.personnel.person.domain.DeploymentStatus;
import org.unmiss.personnel.person.domain.Sex;
import org.unmiss.personnel.person.domain.SubCategory;

import java.time.LocalDate;

/**
 * One ACTIVE or COMPLETED deployment with the attributes of its person that reports break down by: the
 * compact form strength is counted from.
 */
public record Stint(Category category, SubCategory subCategory, String nationality, Sex sex, String fieldOffice,
                    String unitCode, DeploymentStatus status, LocalDate start, LocalDate end) {

    /** The same rule as a deployment's: active since its start, or completed with the date inside its period. */
    public boolean onStrengthOn(LocalDate date) {
        return switch (status) {
            case ACTIVE -> !date.isBefore(start);
            case COMPLETED -> !date.isBefore(start) && !date.isAfter(end);
            default -> false;
        };
    }

    public String value(Dimension dimension) {
        return switch (dimension) {
            case CATEGORY -> category.name();
            case SUB_CATEGORY -> subCategory.name();
            case COUNTRY -> nationality;
            case FIELD_OFFICE -> fieldOffice;
            case SEX -> sex.name();
        };
    }

    public boolean matches(StrengthFilter filter) {
        return (filter.categories() == null || filter.categories().isEmpty() || filter.categories().contains(category))
                && (filter.subCategory() == null || filter.subCategory() == subCategory)
                && (filter.country() == null || filter.country().equals(nationality))
                && (filter.fieldOffice() == null || filter.fieldOffice().equals(fieldOffice))
                && (filter.sex() == null || filter.sex() == sex);
    }
}
