package org.unmiss.peace.agreement.domain;

/**
 * How far a provision of the agreement has been implemented, as public reporting (RJMEC quarterly reports, the
 * Secretary-General's reports) states it as of its report date; {@code UNKNOWN} where no public report was found.
 * A benchmark provision is {@code IMPLEMENTED} only when its measured value meets the benchmark (enforced by
 * {@link Provision#record}).
 */
public enum ImplementationStatus {
    NOT_STARTED, ONGOING, PARTIALLY_IMPLEMENTED, IMPLEMENTED, DELAYED, UNKNOWN
}
