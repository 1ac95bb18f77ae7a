package org.unmiss.kit.security;

/**
 * Which field office's records a caller may see and change, from the token's {@code field_office}
 * claim. {@code HQ} (mission headquarters, and service accounts) covers every office; a named
 * office covers only itself; a token without the claim covers none, so a missing attribute fails
 * closed instead of opening everything.
 */
public record FieldOfficeScope(String office) {

    public static final String HEADQUARTERS = "HQ";
    public static final FieldOfficeScope NONE = new FieldOfficeScope(null);

    public static FieldOfficeScope of(String claim) {
        return claim == null || claim.isBlank() ? NONE : new FieldOfficeScope(claim.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public boolean isHeadquarters() {
        return HEADQUARTERS.equals(office);
    }

    public boolean isBound() {
        return office != null && !isHeadquarters();
    }

    /** Whether a record made in {@code officeCode} is within this scope. */
    public boolean covers(String officeCode) {
        return isHeadquarters() || (office != null && office.equalsIgnoreCase(officeCode));
    }
}
