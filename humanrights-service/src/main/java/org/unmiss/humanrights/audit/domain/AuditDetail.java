package org.unmiss.humanrights.audit.domain;

import java.util.regex.Pattern;

/**
 * How an audit detail names what a request carried without copying it: references only when they have
 * the shape of one, free text only by its length. An audit entry is read by administrators and kept for
 * years; a name typed into a reason or a filter must not end up there.
 */
public final class AuditDetail {

    private static final Pattern CASE_REFERENCE = Pattern.compile("HR-\\d{4}-\\d{6}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{0,59}");

    private AuditDetail() {
    }

    /** {@code name=<length> chars}, or {@code name=none}. */
    public static String length(String name, String freeText) {
        return name + "=" + (freeText == null || freeText.isEmpty() ? "none" : freeText.length() + " chars");
    }

    /** The reference if it looks like a case reference, else null (the detail then says how long it was). */
    public static String caseReference(String candidate) {
        return candidate != null && CASE_REFERENCE.matcher(candidate).matches() ? candidate : null;
    }

    /** An upper-case code (office, tag, service name) as given, or only its length if it is not shaped like one. */
    public static String code(String name, String candidate) {
        if (candidate == null) {
            return name + "=any";
        }
        return CODE.matcher(candidate).matches() ? name + "=" + candidate : length(name, candidate);
    }
}
