package org.unmiss.poc.earlywarning.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.Instant;

public record EscalationRequest(@NotNull EscalationLevel to, @NotNull @PastOrPresent Instant at,
                                @NotBlank @Size(max = 1000) String reason) {
}
