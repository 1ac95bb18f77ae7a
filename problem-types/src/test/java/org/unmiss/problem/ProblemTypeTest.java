package org.unmiss.problem;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTypeTest {

    @Test
    void typesAreStableUrnsThatClientsCanMatchOn() {
        assertThat(ProblemType.STALE_VERSION.uri()).hasToString("urn:unmiss:problem:stale-version");
        assertThat(ProblemType.TOO_MANY_REQUESTS.uri()).hasToString("urn:unmiss:problem:too-many-requests");
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri).distinct()).hasSize(ProblemType.values().length);
    }

    @Test
    void aBareStatusMapsToItsFirstTypeOrToTheGeneralOneOfItsClass() {
        assertThat(ProblemType.forStatus(409)).isEqualTo(ProblemType.CONFLICT);
        assertThat(ProblemType.forStatus(HttpStatus.SERVICE_UNAVAILABLE)).isEqualTo(ProblemType.SERVICE_UNAVAILABLE);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(ProblemType.forStatus(504)).isEqualTo(ProblemType.INTERNAL_ERROR);
    }
}
