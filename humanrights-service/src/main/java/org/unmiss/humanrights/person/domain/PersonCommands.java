package org.unmiss.humanrights.person.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.unmiss.humanrights.hrcase.domain.Sex;

/** The bodies of the registry's requests. */
public final class PersonCommands {

    /** A person's code as the registry gives it. */
    public static final String CODE = "P-[2-9A-HJ-NP-Z]{6}";
    public static final String CODE_MESSAGE = "must be a person's code (P- and six letters or digits)";

    private PersonCommands() {
    }

    /**
     * A person to register for {@code fieldOffice}: {@code name} (sealed before storage; may be left out for someone
     * whose name is not known or not given), sex and the age at the incident.
     */
    public record Registration(@NotBlank String fieldOffice, @Size(max = 200) String name, @NotNull Sex sex,
                               @Min(0) @Max(130) Integer age) {
    }

    /** Links a victim or source (its code within the case) to a person. */
    public record Link(@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String personCode) {
    }

    /** Merges the person into {@code into} (the record that stays), with the reason for the decision. */
    public record Merge(@NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) String into,
                        @NotBlank @Size(max = 2000) String reason) {
    }
}
