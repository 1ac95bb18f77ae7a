package org.unmiss.humanrights.hatespeech.domain;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The details of a hate-speech act, as an officer records them (all replaced together).
 *
 * @param medium       where it went out
 * @param platform     the service or outlet (Facebook, a radio station's call sign, ...), letters, digits and simple punctuation
 * @param link         where it was published, an http(s) address (sealed; HR_SENSITIVE only)
 * @param language     ISO 639-1 or 639-3 code, lower case (e.g. {@code ar}, {@code en}, {@code din} for Dinka, {@code nus} for Nuer)
 * @param reach        the audience it reached as far as known (views, listeners, group members)
 * @param publishedOn  when it was published or spoken
 * @param capturedCopy the code of the case's attachment holding the captured copy (EV-...)
 */
public record HateSpeechDetails(
        @NotNull Medium medium,
        @Size(max = 60) @Pattern(regexp = "[\\p{L}\\p{N} .,&'()/_-]{1,60}", message = "must be 1 to 60 letters, digits, spaces or . , & ' ( ) / _ -")
        String platform,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S{1,1990}", message = "must be an http or https address")
        String link,
        @NotNull @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639 language code (2 or 3 lower-case letters)")
        String language,
        @NotNull @PositiveOrZero @Schema(description = "audience reached as far as known") Long reach,
        @NotNull LocalDate publishedOn,
        @NotNull @Pattern(regexp = "EV-[0-9A-Z]{1,20}", message = "must be an attachment code (EV-...)") String capturedCopy) {
}
