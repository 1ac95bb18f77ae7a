package org.unmiss.humanrights.hrcase.domain;

import java.time.Instant;
import java.util.List;

/**
 * One correction of a case: who, when, which part ({@code case}, {@code violations/ACT-1},
 * {@code victims/V-…}, {@code sources/S-…}), which fields, and why. The reason is free text and
 * stored sealed ({@code corrections/<n>/reason}); a sealed field's change names the field only.
 */
public record Correction(Instant at, String by, String part, List<FieldChange> changes, String sealedReason) {

    /**
     * {@code before} and {@code after} as text for a readable field; both null for a sealed one
     * ({@code sealed} true), so the history never holds what the case keeps sealed.
     */
    public record FieldChange(String field, boolean sealed, String before, String after) {

        public static FieldChange sealed(String field) {
            return new FieldChange(field, true, null, null);
        }

        public static FieldChange readable(String field, Object before, Object after) {
            return new FieldChange(field, false, before == null ? null : before.toString(), after == null ? null : after.toString());
        }
    }
}
