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

    /**
     * The one guard for writes: refuses with a 403 that names the office and {@code what} (plural, e.g.
     * "Cases") unless this scope covers {@code officeCode}.
     */
    public void requireCovers(String officeCode, String what) {
        if (!covers(officeCode)) {
            throw new OutsideFieldOfficeException(officeCode, what);
        }
    }

    /**
     * The offices a query may return, given the office the caller asked for ({@code requested}, null for
     * "any"): every office (empty) for headquarters, otherwise exactly one list, which is empty when the
     * caller has no office or asked for another one. The store layer turns this into its one condition
     * ({@code ListQuery.withinScope}); services do not encode "no office" themselves.
     */
    public java.util.Optional<java.util.List<String>> officesFor(String requested) {
        if (isHeadquarters()) {
            return requested == null ? java.util.Optional.empty() : java.util.Optional.of(java.util.List.of(requested));
        }
        if (office == null || (requested != null && !office.equalsIgnoreCase(requested))) {
            return java.util.Optional.of(java.util.List.of());
        }
        return java.util.Optional.of(java.util.List.of(office));
    }
}
