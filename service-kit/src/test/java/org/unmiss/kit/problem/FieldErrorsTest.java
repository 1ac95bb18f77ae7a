package org.unmiss.kit.problem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** One collector: nothing collected is no answer; one mistake is its own detail; several are summed up. */
class FieldErrorsTest {

    @Test
    void nothingCollectedThrowsNothing() {
        FieldErrors errors = new FieldErrors().when(false, "name", "is required");
        errors.throwIfAny();
        errors.throwIfAny("The widget is not valid");
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void oneMistakeIsTheDetail() {
        assertThatThrownBy(() -> new FieldErrors().when(true, "count", "must be 0 or more").throwIfAny("The widget is not valid"))
                .isInstanceOf(InvalidRequestException.class).hasMessage("count must be 0 or more");
    }

    @Test
    void severalMistakesAreAllNamed() {
        FieldErrors errors = new FieldErrors().add("name", "is required")
                .addAll(List.of(new FieldError("count", "must be 0 or more")));
        InvalidRequestException given = catchThrowableOfType(InvalidRequestException.class,
                () -> errors.throwIfAny("The widget is not valid"));
        assertThat(given).hasMessage("The widget is not valid");
        assertThat(given.errors()).extracting(FieldError::field).containsExactly("name", "count");
        InvalidRequestException summed = catchThrowableOfType(InvalidRequestException.class, errors::throwIfAny);
        assertThat(summed).hasMessage("2 fields are not valid; first: name is required");
    }
}
