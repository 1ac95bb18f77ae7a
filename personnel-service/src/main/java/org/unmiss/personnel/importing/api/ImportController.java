package org.unmiss.personnel.importing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.personnel.importing.domain.ImportMode;
import org.unmiss.personnel.importing.domain.ImportRow;
import org.unmiss.personnel.importing.domain.RotationCsv;
import org.unmiss.personnel.importing.persistence.PersonnelWriter;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.personnel.person.persistence.ReferenceSnapshot;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Bulk registration of personnel from the CSV a contingent delivers on rotation. */
@RestController
@Tag(name = "Personnel imports", description = "Bulk CSV import of personnel, optionally requesting their deployments")
@PreAuthorize("hasRole('PERSONNEL_WRITE')")
public class ImportController {

    private static final Logger log = LoggerFactory.getLogger(ImportController.class);
    private static final int MAX_ROWS = 50_000;

    private final ReferenceSnapshot references;
    private final ReferenceNumbers indexNumbers;
    private final PersonnelWriter writer;
    private final CurrentUser user;
    private final Clock clock;

    public ImportController(ReferenceSnapshot references, ReferenceNumbers indexNumbers, PersonnelWriter writer,
                            CurrentUser user, Clock clock) {
        this.references = references;
        this.indexNumbers = indexNumbers;
        this.writer = writer;
        this.user = user;
        this.clock = clock;
    }

    @PostMapping(value = "/api/v1/personnel/imports", consumes = "text/csv")
    @Operation(summary = "Import personnel from CSV",
            description = "Header row naming the columns (any order): familyName, givenName, sex, nationality, category, "
                    + "subCategory, fieldOffice (required); dateOfBirth, rank, unitCode, languages (';'-separated), section, "
                    + "email, phone, deploymentStart, deploymentEnd, position (optional). With deployment dates a REQUESTED "
                    + "deployment to the row's fieldOffice is created. ALL_OR_NOTHING (default): any bad row → 400 listing "
                    + "every problem as 'line N: column', nothing written. VALID_ROWS_ONLY: good rows written, bad ones reported.")
    public ImportReport importCsv(@RequestBody String csv,
                                  @Parameter(description = "ALL_OR_NOTHING (default) or VALID_ROWS_ONLY")
                                  @RequestParam(defaultValue = "ALL_OR_NOTHING") ImportMode mode) {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        RotationCsv.Result result = RotationCsv.read(csv, references.take(), user.fieldOffice(), today);
        if (result.rowsRead() > MAX_ROWS) {
            throw new InvalidRequestException("body", "has " + result.rowsRead() + " rows; split it into files of at most " + MAX_ROWS);
        }
        boolean unusable = result.rows().isEmpty() && !result.errors().isEmpty();
        if (!result.errors().isEmpty() && (mode == ImportMode.ALL_OR_NOTHING || unusable)) {
            long badLines = result.errors().stream().map(e -> e.field().split(":")[0]).distinct().count();
            throw new InvalidRequestException(badLines + " of " + result.rowsRead() + " rows are not valid; nothing was imported. First: "
                    + result.errors().get(0).field() + " " + result.errors().get(0).reason(), result.errors());
        }
        if (result.rows().isEmpty()) {
            throw new InvalidRequestException("body", "holds no rows to import");
        }
        long first = indexNumbers.reserve(Person.INDEX_PREFIX, result.rows().size());
        String by = user.username().orElse("unknown");
        Instant at = Instant.now(clock);
        List<Person> people = new ArrayList<>(result.rows().size());
        List<ImportReport.Registered> registered = new ArrayList<>(result.rows().size());
        for (int i = 0; i < result.rows().size(); i++) {
            ImportRow row = result.rows().get(i);
            Person person = Person.register(Person.indexNumber(first + i), row.person());
            String deploymentId = null;
            if (row.requestsDeployment()) {
                person = person.requestDeployment(row.person().fieldOffice(), row.person().unitCode(), row.position(),
                        row.deploymentStart(), row.deploymentEnd(), by, at);
                deploymentId = person.deployments().get(0).id();
            }
            people.add(person);
            registered.add(new ImportReport.Registered(row.line(), person.indexNumber(), deploymentId));
        }
        long checked = System.nanoTime();
        writer.insertAll(people);
        log.info("Imported {} people ({} rows read) in {} ms: reading and checking {} ms, writing {} ms", people.size(),
                result.rowsRead(), (System.nanoTime() - started) / 1_000_000, (checked - started) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000);
        int rejectedRows = (int) result.errors().stream().map(e -> e.field().split(":")[0]).collect(Collectors.toSet()).size();
        List<FieldError> errors = result.errors();
        return new ImportReport(mode, result.rowsRead(), people.size(), rejectedRows, registered, errors);
    }
}
