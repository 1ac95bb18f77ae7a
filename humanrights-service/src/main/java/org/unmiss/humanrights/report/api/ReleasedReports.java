package org.unmiss.humanrights.report.api;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.release.domain.Quarter;
import org.unmiss.humanrights.release.domain.ReleaseService;
import org.unmiss.humanrights.release.domain.ReleasedPeriod;
import org.unmiss.humanrights.release.domain.UnreleasedPeriodException;
import org.unmiss.kit.security.FieldOfficeScope;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report views of released quarters (ADR 0098) as partners and reporting tools receive them: from the copy frozen
 * at release ({@link ReportFreezer}) for the caller's scope, small cells withheld by the threshold configured now.
 */
@Component
@RequiredArgsConstructor
class ReleasedReports {

    private final ReleaseService releases;
    private final JsonMapper json;

    MrmReport mrm(FieldOfficeScope scope, Quarter quarter) {
        return answer(scope, quarter, (frozen, note) -> PartnerFigures.mrm(frozen.mrm(), note));
    }

    MaraReport mara(FieldOfficeScope scope, Quarter quarter) {
        return answer(scope, quarter, (frozen, note) -> PartnerFigures.mara(frozen.mara(), note));
    }

    HarmReport harm(FieldOfficeScope scope, Quarter quarter) {
        return answer(scope, quarter, (frozen, note) -> PartnerFigures.harm(frozen.harm(), note));
    }

    QuarterlyBrief brief(FieldOfficeScope scope, Quarter quarter) {
        return answer(scope, quarter, (frozen, note) -> PartnerFigures.brief(frozen.brief(), note));
    }

    /** One view of the release of {@code quarter} for {@code scope}, made partner-safe by {@code view}. */
    private <T> T answer(FieldOfficeScope scope, Quarter quarter, java.util.function.BiFunction<ReportFreezer.Frozen, ReleaseNote, T> view) {
        Released released = released(scope, quarter);
        return view.apply(released.frozen(), released.note());
    }

    private record Released(ReportFreezer.Frozen frozen, ReleaseNote note) {
    }

    private Released released(FieldOfficeScope scope, Quarter quarter) {
        ReleasedPeriod period = releases.released(quarter);
        String key = scope.office() == null ? ReportFreezer.NO_OFFICE : scope.office();
        String figures = period.figuresFor(key).orElseThrow(() -> new UnreleasedPeriodException(quarter));
        return new Released(json.readValue(figures, ReportFreezer.Frozen.class),
                new ReleaseNote(period.quarter(), period.releasedAt(), releases.smallCellThreshold(), java.util.List.of()));
    }
}
