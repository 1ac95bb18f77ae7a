package org.unmiss.poc.population.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.time.LocalDate;
import java.util.List;

/** What the population use cases need of the store (ADR 21): figures inserted once, read as a series. */
public interface PopulationStore {

    /** Inserts (never overwrites): a second figure for the same site, date and method is a duplicate. */
    PopulationFigure insert(PopulationFigure figure);

    Page<PopulationFigure> series(String siteCode, LocalDate from, LocalDate to, CountingMethod method, Pageable pageable);

    /** Every figure in the period, optionally of one site, in date order: the population-trend report's input. */
    List<PopulationFigure> trend(String siteCode, LocalDate from, LocalDate to);
}
