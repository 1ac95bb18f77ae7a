package org.unmiss.peace.ceasefire.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.unmiss.peace.ceasefire.domain.AllegationSource;
import org.unmiss.peace.ceasefire.domain.ViolationType;
import org.unmiss.peace.location.domain.SouthSudanState;

import java.time.LocalDate;
import java.util.List;

/**
 * An allegation of a ceasefire violation, as received.
 *
 * @param reportedBy     who raised it: a party's code, or a description such as "community members"; never a person's name
 * @param allegedParties codes of the parties alleged responsible, e.g. SSPDF, SPLA-IO
 */
public record CeasefireReportRequest(
        @NotNull AllegationSource source,
        @NotBlank @Size(max = 200) String reportedBy,
        @NotNull ViolationType type,
        @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9-]{1,29}", message = "must be a party code such as SPLA-IO") String> allegedParties,
        @NotNull SouthSudanState state,
        @Size(max = 100) String county,
        @NotBlank @Size(max = 200) String place,
        @NotBlank String fieldOffice,
        @NotNull LocalDate incidentDate,
        @NotNull LocalDate reportedDate,
        @NotBlank @Size(max = 5000) String description) {
}
