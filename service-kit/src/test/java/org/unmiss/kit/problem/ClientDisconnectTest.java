package org.unmiss.kit.problem;

import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caller that hangs up (the gateway giving up on a slow answer, a browser tab closed) is not a
 * failure of the service: no 500 is attempted and nothing is logged as an error. Any other
 * unexpected exception still is a 500 logged as an error.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClientDisconnectTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/widgets");

    @Test
    void aClientThatHungUpGetsNoAnswerAndNoErrorLog(CapturedOutput output) {
        assertThat(advice.unexpected(new ClientAbortException(new IOException("Broken pipe")), request)).isNull();
        assertThat(advice.unexpected(new AsyncRequestNotUsableException("Response not usable after response errors."),
                request)).isNull();
        assertThat(output.getAll()).contains("Client closed the connection").doesNotContain("ERROR");
    }

    @Test
    void anyOtherFailureIsStillA500LoggedAsAnError(CapturedOutput output) {
        assertThat(advice.unexpected(new IllegalStateException("boom"), request).getStatusCode().value()).isEqualTo(500);
        assertThat(output.getAll()).contains("ERROR");
    }
}
