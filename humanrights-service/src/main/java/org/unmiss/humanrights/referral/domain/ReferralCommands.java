package org.unmiss.humanrights.referral.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.unmiss.humanrights.hrcase.domain.ServiceType;

import java.util.List;

/** The bodies of the referral requests. */
public final class ReferralCommands {

    /** Provider codes: upper-case letters, digits and hyphens, as the realm's {@code service_provider} attribute holds them. */
    public static final String PROVIDER_CODE = "[A-Z0-9][A-Z0-9-]{1,39}";

    private ReferralCommands() {
    }

    /** A victim of a case referred to a provider for one service; {@code note} (sealed) is what the provider reads. */
    public record NewReferral(@NotBlank @Pattern(regexp = "HR-\\d{4}-\\d{6}", message = "must be a case reference HR-<year>-<6 digits>")
                           String caseReference,
                           @NotBlank @Size(max = 40) String victimCode,
                           @NotBlank @Pattern(regexp = PROVIDER_CODE, message = "must be a service provider code") String providerCode,
                           @NotNull ServiceType service,
                           @Size(max = 2000) String note) {
    }

    /** The provider's answer: ACCEPTED, DECLINED (a reason is required) or COMPLETED. */
    public record ReferralAnswer(@NotNull ReferralStatus decision, @Size(max = 2000) String reason) {
    }

    public record NewServiceProvider(@NotBlank @Pattern(regexp = PROVIDER_CODE, message = "must be 2 to 40 upper-case letters, digits or hyphens")
                           String code,
                           @NotBlank @Size(max = 200) String name,
                           @NotEmpty @Size(max = 10) List<@NotNull ServiceType> services,
                           @NotEmpty @Size(max = 11) List<@NotBlank String> fieldOffices,
                           @Size(max = 300) String area,
                           @NotBlank @Size(max = 300) String contact) {
    }
}
