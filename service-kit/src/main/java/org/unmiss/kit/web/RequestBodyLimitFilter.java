package org.unmiss.kit.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.unmiss.kit.problem.PayloadTooLargeException;
import org.unmiss.kit.problem.ProblemResponseWriter;
import org.unmiss.problem.ProblemType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * The service's own request-body limit: a declared {@code Content-Length} over it is refused at once
 * (413 problem+json, nothing read); a body of unknown length (chunked) is counted as it is read and
 * the read fails with {@link PayloadTooLargeException} at the first byte past the limit, which the
 * problem handler answers as 413. So no reader (JSON, CSV import, the idempotency filter) can be
 * made to hold more than the limit. Handlers named in {@code unmiss.web.streamed-uploads} read their body
 * as a stream under a cap of their own and are left to it.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final ProblemResponseWriter problems;
    private final Predicate<HttpServletRequest> streamedUpload;

    public RequestBodyLimitFilter(long limit, ProblemResponseWriter problems) {
        this(limit, problems, request -> false);
    }

    /** With handlers that stream their body under a cap of their own ({@link WebLimitsProperties#streamedUploads}). */
    public RequestBodyLimitFilter(long limit, ProblemResponseWriter problems, Predicate<HttpServletRequest> streamedUpload) {
        this.limit = limit;
        this.problems = problems;
        this.streamedUpload = streamedUpload;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return streamedUpload.test(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE, PayloadTooLargeException.detail(limit));
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long count;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
