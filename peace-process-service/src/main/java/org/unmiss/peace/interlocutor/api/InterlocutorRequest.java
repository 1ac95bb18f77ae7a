package org.unmiss.peace.interlocutor.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.unmiss.peace.engagement.domain.InterlocutorType;
import org.unmiss.peace.engagement.domain.Level;
import org.unmiss.peace.engagement.domain.Sex;
import org.unmiss.peace.location.domain.SouthSudanState;

public record InterlocutorRequest(@NotBlank @Size(max = 200) String name,
                                  @NotNull InterlocutorType type,
                                  @Size(max = 200) String affiliation,
                                  @Size(max = 200) String position,
                                  @NotNull Level level,
                                  @NotNull SouthSudanState state,
                                  @Size(max = 100) String county,
                                  @NotNull Sex sex,
                                  @Valid ContactRequest contact,
                                  Boolean active) {

    public record ContactRequest(@Pattern(regexp = "\\+?[0-9 ()-]{6,25}", message = "must be a phone number") String phone,
                                 @Email @Size(max = 200) String email,
                                 @Size(max = 1000) String notes) {
    }
}
