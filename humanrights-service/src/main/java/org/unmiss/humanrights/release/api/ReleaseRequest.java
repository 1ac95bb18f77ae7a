package org.unmiss.humanrights.release.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The quarter to release, written {@code 2025-Q4}. */
public record ReleaseRequest(@NotBlank @Size(max = 7) String quarter) {
}
