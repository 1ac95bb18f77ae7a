package org.unmiss.peace.agreement.domain;

/** How far a provision of the agreement has been implemented, as R-JMEC reports it. */
public enum ImplementationStatus {
    NOT_STARTED, ONGOING, PARTIALLY_IMPLEMENTED, IMPLEMENTED, DELAYED
}
