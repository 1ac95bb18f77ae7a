package org.unmiss.humanrights.release.domain;

import org.unmiss.kit.store.DocumentStore;

import java.util.List;

public interface ReleaseStore extends DocumentStore<ReleasedPeriod> {

    /** Every released quarter, newest first (a few per year: the list is small). */
    List<ReleasedPeriod> all();
}
