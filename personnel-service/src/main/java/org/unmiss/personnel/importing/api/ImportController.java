package org.unmiss.personnel.importing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.ResponseEntity;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.personnel.importing.domain.ImportMode;
import org.unmiss.personnel.importing.domain.ImportRow;
import org.unmiss.personnel.importing.domain.RotationCsv;
import org.unmiss.personnel.importing.domain.ImportOutcome;
import org.unmiss.personnel.importing.persistence.StagedImports;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.personnel.person.persistence.ReferenceSnapshot;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Bulk registration of personnel from the CSV a contingent delivers on rotation. */
@RestController
@Tag(name = "Personnel imports", description = "Bulk CSV import of personnel, optionally requesting their deployments")
@PreAuthorize("hasRole('PERSONNEL_WRITE')")
@RequiredArgsConstructor
public class ImportController {

    private static final Logger log = LoggerFactory.getLogger(ImportController.class);
    private static final RotationCsv.Limits LIMITS = RotationCsv.Limits.DEFAULT;
    /** The kit's header for an answer given again rather than made anew (as for an Idempotency-Key). */
    private static final String REPLAYED = "Idempotent-Replayed";

    private final ReferenceSnapshot references;
    private final StagedImports imports;
    private final CurrentUser user;
    private final Clock clock;

    @PostMapping(value = "/api/v1/personnel/imports", consumes = "text/csv")
    @Operation(summary = "Import personnel from CSV",
            description = "Header row naming the columns (any order): familyName, givenName, sex, nationality, category, "
                    + "subCategory, fieldOffice (required); dateOfBirth, rank, unitCode, languages (';'-separated), section, "
                    + "email, phone, deploymentStart, deploymentEnd, position (optional). With deployment dates a REQUESTED "
                    + "deployment to the row's fieldOffice is created. ALL_OR_NOTHING (default): any bad row → 400 listing "
                    + "the first 100 problems as 'line N: column' (the detail says how many more), nothing written. VALID_ROWS_ONLY: good rows "
                    + "written, bad ones reported (errors: the first 100, unlistedErrors: how many more). The body is read as it "
                    + "streams in: past 50,000 rows reading stops (400), past 10 MiB too (413).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    public ResponseEntity<ImportReport> importCsv(
            @Parameter(hidden = true) HttpServletRequest request,
            @Parameter(description = "ALL_OR_NOTHING (default) or VALID_ROWS_ONLY")
            @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode) throws IOException {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        MessageDigest file = sha256();
        file.update((mode.name() + "\n").getBytes(StandardCharsets.UTF_8));
        RotationCsv.Result result;
        try (Reader body = new InputStreamReader(new DigestInputStream(request.getInputStream(), file), charset(request))) {
            result = RotationCsv.read(body, references.take(), user.fieldOffice(), today, LIMITS);
        } catch (RotationCsv.BodyLimitExceeded e) {
            throw new BodyTooLargeException("The body " + e.getMessage() + "; split it into files of at most "
                    + LIMITS.maxRows() + " rows");
        }
        if (result.tooManyRows()) {
            throw new InvalidRequestException("body", "has more than " + LIMITS.maxRows()
                    + " rows (reading stopped there); split it into files of at most " + LIMITS.maxRows() + " rows");
        }
        boolean unusable = result.rows().isEmpty() && !result.errors().isEmpty();
        if (!result.errors().isEmpty() && (mode == ImportMode.ALL_OR_NOTHING || unusable)) {
            String what = result.badRows() == 0 ? "The file is" : result.badRows() + " of " + result.rowsRead() + " rows are";
            throw new InvalidRequestException(what + " not valid; nothing was imported. First: "
                    + result.errors().get(0).field() + " " + result.errors().get(0).reason() + more(result), result.errors());
        }
        if (result.rows().isEmpty()) {
            throw new InvalidRequestException("body", "holds no rows to import");
        }
        // The same file from the same caller is the same import: a retry gets the first answer.
        String identity = user.username().orElse("unknown") + "|" + HexFormat.of().formatHex(file.digest());
        StagedImports.Begun begun = imports.begin(identity, result.rows().size());
        if (begun instanceof StagedImports.Done done) {
            return ResponseEntity.ok().header(REPLAYED, "true").body(ImportReport.of(done.attempt(), done.outcome()));
        }
        if (begun instanceof StagedImports.Running running) {
            throw new ConflictException("The same file is being imported by import " + running.attempt() + " since "
                    + running.startedAt() + "; its answer is the answer to this request: send it again in a few seconds");
        }
        StagedImports.Started attempt = (StagedImports.Started) begun;
        String by = user.username().orElse("unknown");
        Instant at = Instant.now(clock);
        List<Person> people = new ArrayList<>(result.rows().size());
        List<ImportOutcome.Registered> registered = new ArrayList<>(result.rows().size());
        for (int i = 0; i < result.rows().size(); i++) {
            ImportRow row = result.rows().get(i);
            Person person = Person.register(Person.indexNumber(attempt.firstIndex() + i), row.person());
            String deploymentId = null;
            if (row.requestsDeployment()) {
                person = person.requestDeployment(row.person().fieldOffice(), row.person().unitCode(), row.position(),
                        row.deploymentStart(), row.deploymentEnd(), by, at);
                deploymentId = person.deployments().get(0).id();
            }
            people.add(person);
            registered.add(new ImportOutcome.Registered(row.line(), person.indexNumber(), deploymentId));
        }
        ImportOutcome outcome = new ImportOutcome(mode, result.rowsRead(), result.badRows(), registered, result.errors(),
                result.unlistedErrors());
        long checked = System.nanoTime();
        try {
            imports.stage(attempt, people);
            imports.commit(attempt, outcome, people);
        } catch (RuntimeException e) {
            try {
                imports.abandon(attempt);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup); // the next start or import finishes the clean-up
            }
            throw e;
        }
        log.info("Imported {} people ({} rows read, import {}) in {} ms: reading and checking {} ms, writing {} ms", people.size(),
                result.rowsRead(), attempt.attempt(), (System.nanoTime() - started) / 1_000_000, (checked - started) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000);
        return ResponseEntity.ok(ImportReport.of(attempt.attempt(), outcome));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static Charset charset(HttpServletRequest request) {
        String declared = request.getCharacterEncoding();
        if (declared == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(declared);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("Content-Type", "names charset '" + declared + "', which is not supported; send UTF-8");
        }
    }

    /** Says how many problems are not listed, so a client knows the list is the start, not the whole. */
    private static String more(RotationCsv.Result result) {
        return result.unlistedErrors() == 0 ? "" : ". Listed: the first " + result.errors().size() + " problems, and "
                + result.unlistedErrors() + " more";
    }
}
