package org.unmiss.poc.search.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.unmiss.poc.seizure.domain.ItemType;

import java.time.Instant;

/**
 * @param seizedBy    the unit or officer who seized the item
 * @param depositedAt the store where it is held (the custody chain's first entry)
 */
public record SeizureRequest(@NotNull ItemType itemType, @NotNull @Positive Integer count,
                             @Size(max = 500) String description, @NotBlank @Size(max = 120) String seizedBy,
                             @NotNull @PastOrPresent Instant seizedAt, @NotBlank @Size(max = 120) String depositedAt) {
}
