package org.unmiss.poc.search.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.poc.seizure.domain.SeizedItem;
import org.unmiss.poc.seizure.domain.SeizureService;
import org.unmiss.poc.site.domain.PocSite;
import org.unmiss.poc.site.domain.Sector;
import org.unmiss.poc.site.domain.SiteAccess;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Cordon-and-search operations at PoC sites and the items seized in them, within the caller's field office. */
@Service
@RequiredArgsConstructor
public class SearchService {

    private final SearchStore searches;
    private final SeizureService seizures;
    private final SiteAccess access;
    private final ReferenceNumbers numbers;
    private final Clock clock;

    /** An operation over sectors of a site the caller may write to, ending after it started. */
    public SearchOperation log(SearchRequest request) {
        PocSite site = access.writableSite("siteCode", request.siteCode());
        FieldErrors errors = new FieldErrors();
        Set<String> known = site.structure() == null ? Set.of()
                : site.structure().stream().map(Sector::code).collect(Collectors.toSet());
        for (int i = 0; i < request.sectors().size(); i++) {
            if (!known.contains(request.sectors().get(i))) {
                errors.add("sectors[" + i + "]", "must be one of the site's sectors " + new TreeSet<>(known));
            }
        }
        if (!request.endedAt().isAfter(request.startedAt())) {
            errors.add("endedAt", "must be after startedAt");
        }
        errors.throwIfAny("The search operation is not valid");
        return searches.insert(new SearchOperation(
                numbers.next("CS", request.startedAt().atZone(ZoneOffset.UTC).getYear()), site.code(), site.fieldOffice(),
                request.startedAt(), request.endedAt(), request.startedAt().toString().substring(0, 7),
                List.copyOf(request.sectors()), request.sheltersSearched(), request.personnelDeployed(), request.leadUnit(),
                request.notes(), access.username(), Instant.now(clock), null));
    }

    public Page<SearchOperation> list(String siteCode, Instant from, Instant to, Pageable pageable) {
        return searches.find(siteCode, from, to, pageable);
    }

    /** One operation; 404 when it does not exist or lies outside the caller's field office. */
    public SearchOperation visible(String reference) {
        return searches.byId(reference).filter(s -> access.visible(s.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Search operation", reference));
    }

    /** An item seized in a visible operation; its custody chain starts with DEPOSITED. */
    public SeizedItem seize(String reference, SeizureRequest request) {
        SearchOperation search = visible(reference);
        return seizures.register(
                new SeizureService.Search(search.reference(), search.siteCode(), search.fieldOffice(), search.startedAt()),
                new SeizureService.Seizure(request.itemType(), request.count(), request.description(), request.seizedBy(),
                        request.seizedAt(), request.depositedAt()));
    }
}
