package org.unmiss.poc.site.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.problem.StaleVersionException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.kit.security.FieldOffices;

/**
 * The field-office rule every feature applies: a user bound to a field office changes only the
 * records of the sites that office is responsible for, and sees only those in record lists;
 * headquarters sees and changes all; a token without an office sees none (fail closed).
 */
@Component
@RequiredArgsConstructor
public class SiteAccess {

    private final SiteStore sites;
    private final CurrentUser currentUser;

    /** The site a new record is about; 400 naming {@code field} if there is no such site, 403 if outside the caller's office. */
    public PocSite writableSite(String field, String siteCode) {
        PocSite site = sites.byId(siteCode == null ? "" : siteCode)
                .orElseThrow(() -> new InvalidRequestException(field, "must name an existing PoC site"));
        requireWritable(site.fieldOffice());
        return site;
    }

    /**
     * The office a record away from any site belongs to: the caller's own office, or for headquarters users
     * the one they name in {@code field}; 400 when headquarters names none or an unknown office, 403 when a
     * bound user names another office.
     */
    public String recordingOffice(String field, String requested) {
        FieldOfficeScope scope = currentUser.fieldOffice();
        String office = requested != null ? requested.trim().toUpperCase(java.util.Locale.ROOT)
                : scope.isBound() ? scope.office() : null;
        if (office == null) {
            throw new InvalidRequestException(field, "is required from a headquarters user for a record away from a PoC site");
        }
        if (!FieldOffices.exists(office) || FieldOfficeScope.HEADQUARTERS.equals(office)) {
            throw new InvalidRequestException(field, "must be a field office: " + FieldOffices.codes().stream()
                    .filter(code -> !FieldOfficeScope.HEADQUARTERS.equals(code)).toList());
        }
        requireWritable(office);
        return office;
    }

    /** 403 naming the office unless the caller's field office covers {@code fieldOffice} (the kit's guard). */
    public void requireWritable(String fieldOffice) {
        currentUser.requireCovers(fieldOffice, "Records");
    }

    public PocSite site(String code) {
        return sites.byId(code).orElseThrow(() -> new NotFoundException("PoC site", code));
    }

    /** Whether the caller may see a record made in {@code fieldOffice}; callers answer 404 when not. */
    public boolean visible(String fieldOffice) {
        return currentUser.covers(fieldOffice);
    }

    /** The caller's field-office scope, for record lists ({@code ListQuery.withinScope("fieldOffice", scope, null)}). */
    public FieldOfficeScope scope() {
        return currentUser.fieldOffice();
    }

    /**
     * 412 unless the record is still at the version the client read: checked before any state rule,
     * so a client acting on an old read hears that first (the store checks again atomically on save).
     */
    public void requireCurrentVersion(Long current, long expected) {
        if (current == null || current != expected) {
            throw new StaleVersionException("The record is at version " + current + ", not " + expected
                    + "; read it again for its current ETag");
        }
    }

    public String username() {
        return currentUser.username().orElse("unknown");
    }

    public boolean hasRole(String role) {
        return currentUser.hasRole(role);
    }
}
