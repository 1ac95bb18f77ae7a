package org.unmiss.personnel.person.domain;

import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.personnel.country.domain.IsoCountries;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks a person's details pass before they are stored, the same for the API and for each row
 * of a bulk import. Every failing field is reported, not only the first; a rule spanning two fields
 * (category and sub-category) names both.
 */
public final class PersonRules {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");
    private static final int MAX_TEXT = 100;
    private static final int MIN_AGE = 18;
    private static final int MAX_AGE = 80;

    private PersonRules() {
    }

    /** Every problem with {@code details}; field names are prefixed with {@code prefix} (e.g. a CSV line). */
    public static List<FieldError> check(PersonDetails details, PersonReferences references, LocalDate today, String prefix) {
        FieldErrors errors = new FieldErrors();
        text(errors, prefix, "familyName", details.familyName(), true);
        text(errors, prefix, "givenName", details.givenName(), true);
        text(errors, prefix, "rank", details.rank(), false);
        text(errors, prefix, "section", details.section(), false);
        if (details.sex() == null) {
            errors.add(prefix + "sex", "is required");
        }
        if (details.nationality() == null) {
            errors.add(prefix + "nationality", "is required");
        } else if (!IsoCountries.isValid(details.nationality())) {
            errors.add(prefix + "nationality", "must be an ISO 3166-1 alpha-3 country code, e.g. KEN");
        }
        if (details.category() == null) {
            errors.add(prefix + "category", "is required");
        }
        if (details.subCategory() == null) {
            errors.add(prefix + "subCategory", "is required");
        }
        if (details.category() != null && details.subCategory() != null
                && details.subCategory().category() != details.category()) {
            String reason = "sub-category " + details.subCategory() + " belongs to category " + details.subCategory().category()
                    + ", not " + details.category();
            errors.add(prefix + "category", reason);
            errors.add(prefix + "subCategory", reason);
        }
        if (details.dateOfBirth() != null) {
            int age = Period.between(details.dateOfBirth(), today).getYears();
            if (age < MIN_AGE || age > MAX_AGE) {
                errors.add(prefix + "dateOfBirth", "must make the person " + MIN_AGE + " to " + MAX_AGE + " years old");
            }
        }
        if (details.fieldOffice() == null) {
            errors.add(prefix + "fieldOffice", "is required");
        } else if (!references.knowsOffice(details.fieldOffice())) {
            errors.add(prefix + "fieldOffice", "is not a known field office code");
        }
        if (details.unitCode() != null && !references.knowsUnit(details.unitCode())) {
            errors.add(prefix + "unitCode", "is not a known unit");
        }
        if (details.languages() != null) {
            for (int i = 0; i < details.languages().size(); i++) {
                String language = details.languages().get(i);
                if (language == null || !LANGUAGES.contains(language)) {
                    errors.add(prefix + "languages[" + i + "]", "must be an ISO 639-1 language code, e.g. en");
                }
            }
        }
        if (details.contacts() != null) {
            String email = details.contacts().email();
            if (email != null && !EMAIL.matcher(email).matches()) {
                errors.add(prefix + "contacts.email", "must be an e-mail address");
            }
            String phone = details.contacts().phone();
            if (phone != null && !PHONE.matcher(phone).matches()) {
                errors.add(prefix + "contacts.phone", "must be a phone number (digits, spaces, +, -, parentheses)");
            }
        }
        return errors.list();
    }

    /** The checks of a new deployment's period and office. */
    public static List<FieldError> checkDeployment(String fieldOffice, String unitCode, LocalDate start, LocalDate end,
                                                   PersonReferences references, String prefix) {
        FieldErrors errors = new FieldErrors();
        if (start == null) {
            errors.add(prefix + "startDate", "is required");
        }
        if (end == null) {
            errors.add(prefix + "endDate", "is required");
        }
        if (start != null && end != null && end.isBefore(start)) {
            errors.add(prefix + "startDate", "must not be after endDate");
            errors.add(prefix + "endDate", "must not be before startDate");
        }
        if (fieldOffice == null) {
            errors.add(prefix + "fieldOffice", "is required");
        } else if (!references.knowsOffice(fieldOffice)) {
            errors.add(prefix + "fieldOffice", "is not a known field office code");
        } else if (start != null && !references.officeOpenOn(fieldOffice, start)) {
            errors.add(prefix + "fieldOffice", "is not open on the start date");
        }
        if (unitCode != null && !references.knowsUnit(unitCode)) {
            errors.add(prefix + "unitCode", "is not a known unit");
        }
        return errors.list();
    }

    private static void text(FieldErrors errors, String prefix, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(prefix + field, "is required");
            }
        } else if (value.length() > MAX_TEXT) {
            errors.add(prefix + field, "must be at most " + MAX_TEXT + " characters");
        }
    }
}
