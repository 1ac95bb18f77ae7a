package org.unmiss.poc.population.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.poc.people.domain.PeopleCount;
import org.unmiss.poc.site.domain.PocSite;
import org.unmiss.poc.site.domain.SiteAccess;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Recording a site's population figures and reading its series, within the caller's field-office scope. */
@Service
@RequiredArgsConstructor
public class PopulationService {

    private final PopulationStore figures;
    private final SiteAccess access;
    private final Clock clock;

    /** A figure whose six sex × age-group counts add up to its total, at a site the caller may write to. */
    public PopulationFigure record(String siteCode, PopulationFigureRequest request) {
        PocSite site = access.site(siteCode);
        access.requireWritable(site.fieldOffice());
        PeopleCount people = new PeopleCount(request.total(), request.counts());
        new FieldErrors().addAll(people.problems("").stream()
                .map(e -> new FieldError(e.field().substring(1), e.reason())).toList()).throwIfAny();
        return figures.insert(new PopulationFigure(
                PopulationFigure.idOf(site.code(), request.asOf(), request.method()), site.code(), site.fieldOffice(),
                request.asOf(), request.method(), request.households(), people, access.username(), Instant.now(clock), null));
    }

    /** The series of a site the caller may see (404 otherwise). */
    public Page<PopulationFigure> series(String siteCode, LocalDate from, LocalDate to, CountingMethod method,
                                         Pageable pageable) {
        access.site(siteCode);
        return figures.series(siteCode, from, to, method, pageable);
    }
}
