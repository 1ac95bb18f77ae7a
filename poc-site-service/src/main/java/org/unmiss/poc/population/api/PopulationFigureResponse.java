package org.unmiss.poc.population.api;

import org.unmiss.poc.people.domain.SexAgeCount;
import org.unmiss.poc.population.domain.CountingMethod;
import org.unmiss.poc.population.domain.PopulationFigure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record PopulationFigureResponse(String id, String siteCode, LocalDate asOf, CountingMethod method,
                                       Integer households, int total, List<SexAgeCount> counts,
                                       String recordedBy, Instant recordedAt) {

    static PopulationFigureResponse from(PopulationFigure figure) {
        return new PopulationFigureResponse(figure.id(), figure.siteCode(), figure.asOf(), figure.method(),
                figure.households(), figure.people().total(), figure.people().counts(), figure.recordedBy(),
                figure.recordedAt());
    }
}
