package org.unmiss.kit.problem;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.unmiss.kit.web.CorrelationId;
import org.unmiss.problem.ProblemType;
import tools.jackson.databind.json.JsonMapper;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tomcat's own error answer, for what it refuses before the application sees the request (a
 * malformed or too-long request line, headers over the limit) and for errors the application left
 * without a body: problem+json like every other answer, instead of Tomcat's HTML page. Installed in
 * place of the host's {@link ErrorReportValve}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private final JsonMapper json;

    public ProblemErrorReportValve(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        ProblemType type = ProblemErrorController.typeFor(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", status);
        body.put("detail", ProblemErrorController.describe(status));
        String correlationId = response.getHeader(CorrelationId.HEADER);
        if (correlationId == null) {
            correlationId = CorrelationId.adoptOrGenerate(null);
            response.setHeader(CorrelationId.HEADER, correlationId);
        }
        body.put(Problems.CORRELATION_ID, correlationId);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(body));
                response.finishResponse();
            }
        } catch (Exception | StackOverflowError e) {
            // The connection is being given up on anyway; Tomcat logs what it must.
        }
    }
}
