package org.unmiss.peace.ceasefire.domain;

/**
 * Ceasefire reports in one group.
 *
 * @param open         still in process
 * @param accessDenied with at least one recorded access denial
 */
public record CeasefireSummaryRow(String key, long reports, long open, long accessDenied) {
}
