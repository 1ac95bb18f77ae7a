package org.unmiss.poc.seizure.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.unmiss.poc.seizure.domain.CustodyEventType;

import java.time.Instant;

/** @param location the new store (TRANSFERRED), or the owner or authority that received the item */
public record CustodyEventRequest(@NotNull CustodyEventType type, @NotNull @PastOrPresent Instant at,
                                  @NotBlank @Size(max = 120) String by, @NotBlank @Size(max = 200) String location,
                                  @Size(max = 500) String note) {
}
