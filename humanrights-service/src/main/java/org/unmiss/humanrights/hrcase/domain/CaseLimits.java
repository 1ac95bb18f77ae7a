package org.unmiss.humanrights.hrcase.domain;

import org.unmiss.kit.problem.ConflictException;

/**
 * How much one case document may hold. The same numbers bound the request that creates a case and
 * every later change that adds to it, so a case cannot be grown past them one call at a time (one
 * document per case: an unbounded one would slow every read of it and, at 16 MB, stop being writable).
 */
public final class CaseLimits {

    public static final int MAX_ACTS = 100;
    public static final int MAX_VICTIMS_PER_ACT = 500;
    public static final int MAX_PERPETRATORS_PER_ACT = 20;
    public static final int MAX_SOURCES = 50;
    public static final int MAX_TAGS = 20;
    public static final int MAX_POC_INCIDENTS = 20;
    /** Referrals and identified sharings together. */
    public static final int MAX_DISCLOSURES = 200;
    /** Workflow steps; a case sent back to investigation and decided again many times still has a bounded history. */
    public static final int MAX_HISTORY = 100;

    /** Corrections of the case and its parts: each is kept in the case, so their number is bounded too. */
    public static final int MAX_CORRECTIONS = 200;
    /** Interviews, missions and interventions recorded on one case. */
    public static final int MAX_ACTIVITIES = 200;

    private CaseLimits() {
    }

    /** 409 when a case already holds {@code limit} items of {@code what} (the field the client would add to). */
    static void requireRoom(int current, int limit, String what, String reference) {
        if (current >= limit) {
            throw new ConflictException("Case " + reference + " already holds " + current + " " + what
                    + ", the most one case may hold");
        }
    }
}
