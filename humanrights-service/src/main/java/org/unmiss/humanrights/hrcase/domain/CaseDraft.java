package org.unmiss.humanrights.hrcase.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * What a client may say when recording a case. Reference, status, verifier, audit fields and
 * version are not in it, and unknown properties are refused, so none of them can be mass-assigned.
 */
public record CaseDraft(@NotBlank @Size(max = 200) String title,
                        @Size(max = 20000) String narrative,
                        @NotBlank String fieldOffice,
                        @NotNull @Valid DateDraft occurredFrom,
                        @Valid DateDraft occurredTo,
                        @NotNull @Valid LocationDraft location,
                        Confidentiality confidentiality,
                        @Size(max = CaseLimits.MAX_TAGS) List<@Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be UPPER_SNAKE, 2 to 40 characters") String> tags,
                        @Size(max = CaseLimits.MAX_SOURCES) List<@NotNull @Valid SourceDraft> sources,
                        @NotEmpty @Size(max = CaseLimits.MAX_ACTS) List<@NotNull @Valid ViolationDraft> violations,
                        @Size(max = CaseLimits.MAX_POC_INCIDENTS) List<@NotNull @Pattern(regexp = POC_INCIDENT_REFERENCE, message = POC_INCIDENT_MESSAGE) String> pocIncidentReferences) {

    /** poc-site-service's security incident references. */
    public static final String POC_INCIDENT_REFERENCE = "SI-\\d{4}-\\d{6}";
    public static final String POC_INCIDENT_MESSAGE = "must be a PoC-site incident reference SI-<year>-<6 digits>";

    public record DateDraft(@NotNull LocalDate date, @NotNull DatePrecision precision) {
    }

    public record LocationDraft(@NotNull SouthSudanState state,
                                @Size(max = 100) String county,
                                @Size(max = 200) String place,
                                @DecimalMin("3.0") @DecimalMax("13.0") Double latitude,
                                @DecimalMin("23.0") @DecimalMax("36.0") Double longitude) {
    }

    public record SourceDraft(@NotNull SourceConnection connection, @NotNull SourceReliability reliability,
                              @Valid IdentityDraft identity) {
    }

    public record ViolationDraft(@NotNull ViolationType type,
                                 @Size(max = CaseLimits.MAX_PERPETRATORS_PER_ACT) List<@NotNull @Valid PerpetratorDraft> perpetrators,
                                 @Size(max = CaseLimits.MAX_VICTIMS_PER_ACT) List<@NotNull @Valid VictimDraft> victims) {
    }

    /**
     * {@code unit}: the unit as the party names it (a readable label the perpetrator report groups by, no person's
     * name); {@code individual}: the person alleged, where known (sealed like a victim's identity, ADR 0100).
     */
    public record PerpetratorDraft(@NotBlank @Size(max = 40) String partyCode, @Size(max = 500) String description,
                                   @Size(max = 100) @Pattern(regexp = UNIT, message = UNIT_MESSAGE) String unit,
                                   @Valid IndividualDraft individual) {

        public PerpetratorDraft(String partyCode, String description) {
            this(partyCode, description, null, null);
        }
    }

    public static final String UNIT = "[\\p{L}\\p{N}][\\p{L}\\p{N} .,'()/&-]{0,99}";
    public static final String UNIT_MESSAGE = "must be a unit's name: letters, digits, spaces and . , ' ( ) / & -";

    public record IndividualDraft(@Size(max = 200) String name, @Size(max = 60) String rank, @Size(max = 200) String position) {
    }

    /**
     * An individual (count omitted or 1, identity allowed) or a group of people of one sex and age
     * group (count at least 1, no identity). Age group is derived from age when only age is given.
     */
    public record VictimDraft(@NotNull VictimKind kind,
                              @Min(1) @Max(100000) Integer count,
                              @NotNull Sex sex,
                              @Min(0) @Max(130) Integer age,
                              AgeGroup ageGroup,
                              CivilianStatus civilianStatus,
                              @Valid IdentityDraft identity,
                              @Valid ConsentDraft consent) {
    }

    public record IdentityDraft(@Size(max = 200) String name, @Size(max = 200) String contact,
                                @Size(max = 300) String exactLocation) {
    }

    /**
     * {@code deidentifiedReporting}: without it the victim is counted in no released figure or export.
     * {@code caregiverConsent} and {@code childAssent} (omitted: not given) are both needed, for a
     * child, before {@code identifiedSharing} may be true.
     */
    public record ConsentDraft(@NotNull Boolean servicesReferral, @NotNull Boolean deidentifiedReporting,
                               @NotNull Boolean identifiedSharing,
                               @Size(max = 20) List<@NotBlank @Size(max = 100) String> sharingPartners,
                               Boolean caregiverConsent, Boolean childAssent) {
    }
}
