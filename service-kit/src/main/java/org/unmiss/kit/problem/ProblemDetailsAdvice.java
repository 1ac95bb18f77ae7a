package org.unmiss.kit.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;
import org.springframework.beans.TypeMismatchException;
import org.unmiss.kit.store.StoreFailures;
import org.unmiss.kit.web.SaneDates;
import org.unmiss.problem.ProblemType;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every error a service returns is RFC 9457 problem+json with our type, the path, the correlation
 * id and, for bad input, each offending field with its reason. Framework exceptions arrive through
 * {@link ResponseEntityExceptionHandler}; the kit's and the data layer's are mapped here. Nothing
 * reaches the client as a stack trace or a 500 for input it could have got right.
 */
@RestControllerAdvice
@Order(0)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final Pattern DUPLICATE_INDEX = Pattern.compile("index: (\\S+)");

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        return respond(Problems.of(e.type(), e.getMessage(), request.getRequestURI(), e.errors()));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e, HttpServletRequest request) {
        Matcher index = DUPLICATE_INDEX.matcher(String.valueOf(e.getMessage()));
        String detail = index.find()
                ? "A record with the same " + index.group(1) + " already exists"
                : "A record with the same unique key already exists";
        return respond(Problems.of(ProblemType.DUPLICATE, detail, request.getRequestURI(), List.of()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(OptimisticLockingFailureException e, HttpServletRequest request) {
        return respond(Problems.of(ProblemType.STALE_VERSION,
                "The record was changed since you read it; read it again for its current ETag and retry",
                request.getRequestURI(), List.of()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(withoutMethodName(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(java.util.Comparator.comparing(FieldError::field)).toList();
        return respond(Problems.of(ProblemType.VALIDATION_FAILED, summary(errors), request.getRequestURI(), errors));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e, HttpServletRequest request) {
        return respond(Problems.of(ProblemType.FORBIDDEN, forbiddenDetail(e), request.getRequestURI(), List.of()));
    }

    /**
     * A field-office refusal keeps its reason (which office, what); any other denial (a role missing in
     * {@code @PreAuthorize}) gets the one fixed sentence, as Spring's own messages say nothing useful.
     */
    public static String forbiddenDetail(AccessDeniedException e) {
        return e instanceof org.unmiss.kit.security.OutsideFieldOfficeException ? e.getMessage()
                : "Your roles do not allow this request";
    }

    /** The store unreachable or not answering (also when the driver is used directly, untranslated). */
    @ExceptionHandler({DataAccessResourceFailureException.class, com.mongodb.MongoSocketException.class,
            com.mongodb.MongoTimeoutException.class})
    ResponseEntity<ProblemDetail> storeDown(Exception e, HttpServletRequest request) {
        log.warn("Store unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        return ResponseEntity.status(ProblemType.SERVICE_UNAVAILABLE.status())
                .header(HttpHeaders.RETRY_AFTER, StoreFailures.RETRY_AFTER_SECONDS)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(ProblemType.SERVICE_UNAVAILABLE, StoreFailures.detail(e, request.getMethod()),
                        request.getRequestURI(), List.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            // The caller (often the gateway giving up on a slow answer) hung up: nobody to answer,
            // and nothing went wrong here. One line at INFO, no 500 and no stack trace.
            log.info("Client closed the connection before the answer on {} {}", request.getMethod(), request.getRequestURI());
            return null;
        }
        if (StoreFailures.isUnavailable(e)) {
            // e.g. the driver's operation timeout, which Spring Data leaves uncategorised
            return storeDown(e, request);
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(Problems.of(ProblemType.INTERNAL_ERROR,
                "The request failed unexpectedly; quote the correlation id when reporting it",
                request.getRequestURI(), List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return badInput(fieldErrors(e.getBindingResult()), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(err -> errors.add(new FieldError(name, err.getDefaultMessage())));
        });
        return badInput(errors, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = findCause(e, PayloadTooLargeException.class);
        if (tooLarge != null) {
            return handleExceptionInternal(e, Problems.of(tooLarge.type(), tooLarge.getMessage(), path(request), List.of()),
                    headers, tooLarge.type().status(), request);
        }
        JsonProblem problem = JsonProblem.explain(e);
        return handleExceptionInternal(e, Problems.of(problem.type(), problem.detail(), path(request), problem.errors()),
                headers, problem.type().status(), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        if (findCause(e, SaneDates.OutOfRange.class) != null) {
            return badInput(List.of(new FieldError(name, SaneDates.REASON)), request);
        }
        String expected = e.getRequiredType() == null ? "a different type" : JsonProblem.describe(e.getRequiredType());
        return badInput(List.of(new FieldError(name, "must be " + expected)), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return badInput(List.of(new FieldError(e.getParameterName(), "is required")), request);
    }

    /** Every framework-made problem passes here: give it our type, instance and correlation id. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        // Spring builds the framework's ProblemDetail inside super when body is null, so decorate afterwards.
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            Problems.decorate(problem, path(request));
        }
        return response;
    }

    private ResponseEntity<Object> badInput(List<FieldError> errors, WebRequest request) {
        ProblemDetail problem = Problems.of(ProblemType.VALIDATION_FAILED, summary(errors), path(request), errors);
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static List<FieldError> fieldErrors(BindingResult result) {
        List<FieldError> errors = new ArrayList<>();
        result.getFieldErrors().forEach(f -> errors.add(new FieldError(f.getField(), f.getDefaultMessage())));
        result.getGlobalErrors().forEach(g -> errors.add(new FieldError(g.getObjectName(), g.getDefaultMessage())));
        errors.sort(java.util.Comparator.comparing(FieldError::field));
        return errors;
    }

    static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return "The request is not valid";
        }
        FieldError first = errors.get(0);
        return errors.size() == 1
                ? first.field() + " " + first.reason()
                : errors.size() + " fields are not valid; first: " + first.field() + " " + first.reason();
    }

    private static String withoutMethodName(String propertyPath) {
        // "list.size" -> "size": the Java method's name means nothing to a client.
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    }
}
