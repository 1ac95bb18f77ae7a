package org.unmiss.humanrights.hrcase.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;

/** The bodies of the requests that act on an existing case, or refer one in from another service. */
public final class CaseCommands {

    private CaseCommands() {
    }

    public record PocIncidentCitationDraft(@NotNull @jakarta.validation.constraints.Pattern(
            regexp = CaseDraft.POC_INCIDENT_REFERENCE, message = CaseDraft.POC_INCIDENT_MESSAGE) String reference) {
    }

    /**
     * A correction of the case header: each field given replaces what the case holds, an omitted (null) one keeps
     * it; {@code location}'s parts likewise, with latitude and longitude given together. {@code reason} is required.
     */
    public record HeaderCorrection(@NotBlank @Size(max = 2000) String reason,
                                   @Size(max = 200) String title,
                                   @Size(max = 20000) String narrative,
                                   @Valid CaseDraft.DateDraft occurredFrom,
                                   @Valid CaseDraft.DateDraft occurredTo,
                                   @Valid LocationCorrection location) {
    }

    public record LocationCorrection(SouthSudanState state,
                                     @Size(max = 100) String county,
                                     @Size(max = 200) String place,
                                     @DecimalMin("3.0") @DecimalMax("13.0") Double latitude,
                                     @DecimalMin("23.0") @DecimalMax("36.0") Double longitude) {
    }

    /** A correction of an act: its type and/or the whole list of alleged perpetrators; omitted fields stay. */
    public record ViolationCorrection(@NotBlank @Size(max = 2000) String reason,
                                      ViolationType type,
                                      @Size(max = CaseLimits.MAX_PERPETRATORS_PER_ACT)
                                      List<CaseDraft.@NotNull @Valid PerpetratorDraft> perpetrators) {
    }

    /** A correction of a victim's recorded facts and identity parts; omitted fields stay (the kind and consent always do). */
    public record VictimCorrection(@NotBlank @Size(max = 2000) String reason,
                                   @Min(1) @Max(100000) Integer count,
                                   Sex sex,
                                   @Min(0) @Max(130) Integer age,
                                   AgeGroup ageGroup,
                                   CivilianStatus civilianStatus,
                                   @Valid CaseDraft.IdentityDraft identity) {
    }

    /** A correction of a source's connection, reliability or identity parts; omitted fields stay. */
    public record SourceCorrection(@NotBlank @Size(max = 2000) String reason,
                                   SourceConnection connection,
                                   SourceReliability reliability,
                                   @Valid CaseDraft.IdentityDraft identity) {
    }

    /** {@code assignee}: the realm username of an officer with HR_WRITE for the case's office who has used this service. */
    public record Assignment(@NotBlank @Size(max = 100) @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9._@-]+",
            message = "must be a username") String assignee) {
    }

    /** An interview, field mission, intervention with the authorities or other step, on {@code date}, with its outcome. */
    public record Activity(@NotNull ActivityType type, @NotNull java.time.LocalDate date, @NotBlank @Size(max = 5000) String outcome) {
    }

    /** One act's verification outcome and the standard of proof it was reached on. */
    public record ActDecision(@NotNull ActVerification.Outcome outcome, @NotNull StandardOfProof standardOfProof) {
    }

    /** Back to investigation from REPORTED or CLOSED: a new victim, new information. */
    public record Reopen(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Transition(@NotNull CaseStatus to, StandardOfProof standardOfProof, @Size(max = 2000) String note) {
    }

    /** {@code overrideReason}: only with HR_CONSENT_OVERRIDE, to refer a victim who has not consented. */
    public record Referral(@NotBlank @Size(max = 40) String victimCode, @NotNull ServiceType service,
                           @NotBlank @Size(max = 200) String provider, @Size(max = 2000) String note,
                           @Size(max = 2000) String overrideReason) {
    }

    public record IdentifiedSharing(@NotBlank @Size(max = 40) String victimCode, @NotBlank @Size(max = 100) String partner,
                                    @Size(max = 2000) String note, @Size(max = 2000) String overrideReason) {
    }

    /**
     * An SGBV incident referred by poc-site-service (only its own service account may send one). {@code category} is either
     * {@code SGBV} (the act's type is left for the investigating officer to establish) or a CRSV or
     * GBV core violation type, recorded as the case's first act.
     */
    public record Intake(@NotBlank @Size(max = 60) String sourceService,
                         @NotBlank @jakarta.validation.constraints.Pattern(regexp = CaseDraft.POC_INCIDENT_REFERENCE,
                                 message = CaseDraft.POC_INCIDENT_MESSAGE) String sourceReference,
                         @NotBlank String fieldOffice, @NotNull Instant occurredAt, @NotBlank @Size(max = 60) String category,
                         @NotBlank @Size(max = 5000) String summary) {
    }
}
