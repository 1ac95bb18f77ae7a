package org.unmiss.peace.ceasefire.api;

import org.unmiss.peace.ceasefire.domain.AccessDenial;
import org.unmiss.peace.ceasefire.domain.AllegationSource;
import org.unmiss.peace.ceasefire.domain.CeasefireReport;
import org.unmiss.peace.ceasefire.domain.CeasefireStage;
import org.unmiss.peace.ceasefire.domain.ClosureOutcome;
import org.unmiss.peace.ceasefire.domain.StageChange;
import org.unmiss.peace.ceasefire.domain.ViolationType;
import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.LocalDate;
import java.util.List;

public record CeasefireReportResponse(String id, AllegationSource source, String reportedBy, ViolationType type,
                                      List<String> allegedParties, SouthSudanState state, String county, String place,
                                      String fieldOffice, LocalDate incidentDate, LocalDate reportedDate,
                                      String description, CeasefireStage stage, ClosureOutcome outcome, boolean open,
                                      List<AccessDenial> accessDenials, List<StageChange> history, Long version) {

    static CeasefireReportResponse from(CeasefireReport r) {
        return new CeasefireReportResponse(r.id(), r.source(), r.reportedBy(), r.type(), r.allegedParties(), r.state(),
                r.county(), r.place(), r.fieldOffice(), r.incidentDate(), r.reportedDate(), r.description(), r.stage(),
                r.outcome(), r.open(), r.accessDenials(), r.history(), r.version());
    }
}
