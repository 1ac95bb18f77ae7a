package org.unmiss.poc.returns.domain;

/** Going back to one's area of origin, or being moved (relocated) somewhere else. */
public enum MovementKind {
    RETURN,
    RELOCATION
}
