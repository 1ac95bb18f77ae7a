package org.unmiss.kit.security;

import org.springframework.security.access.AccessDeniedException;

/**
 * A write (or a filter) naming a field office the caller's token does not cover. Its message says which
 * office and what was refused, and the kit's problem advice keeps it as the 403's detail: the caller
 * learns that the office was the reason, not their roles. It stays an {@link AccessDeniedException} so
 * that whatever treats refusals alike (an audit of refused requests, say) still sees one.
 */
public class OutsideFieldOfficeException extends AccessDeniedException {

    private final String office;

    public OutsideFieldOfficeException(String office, String what) {
        super(what + " of field office " + office + " are outside your field office");
        this.office = office;
    }

    /** The office the request named. */
    public String office() {
        return office;
    }
}
