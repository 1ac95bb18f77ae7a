package org.unmiss.humanrights.release.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.unmiss.humanrights.audit.domain.AuditAction;
import org.unmiss.humanrights.audit.domain.AuditLog;
import org.unmiss.humanrights.hrcase.domain.ForbiddenException;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.security.CurrentUser;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Releasing a quarter's figures to partners and reporting tools (ADR 0098): a senior officer (HR_VERIFY and
 * HR_RELEASE, a person) freezes an ended quarter once; what partners receive afterwards is that frozen copy.
 */
@Service
@RequiredArgsConstructor
public class ReleaseService {

    private final ReleaseStore releases;
    private final FigureFreezer freezer;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final ReleaseProperties properties;
    private final Clock clock;

    public ReleasedPeriod release(Quarter quarter) {
        if (!currentUser.hasRole("HR_VERIFY") || !currentUser.hasRole("HR_RELEASE")) {
            throw new ForbiddenException("Releasing figures needs HR_VERIFY and HR_RELEASE");
        }
        if (currentUser.isServiceAccount()) {
            throw new ForbiddenException("Figures are released by a senior officer; a service account cannot");
        }
        if (!currentUser.fieldOffice().isHeadquarters()) {
            // a release is mission-wide: it freezes every office's figures, so only headquarters may make one
            throw new ForbiddenException("Figures are released for the whole mission, from headquarters (field office HQ)");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!quarter.lastDay().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw new InvalidRequestException("quarter", "must have ended; " + quarter + " ends on " + quarter.lastDay());
        }
        if (releases.byId(quarter.toString()).isPresent()) {
            throw new ConflictException("The figures of " + quarter + " were already released; a release is never changed");
        }
        ReleasedPeriod period = new ReleasedPeriod(quarter.toString(), now, currentUser.username().orElse("system"),
                freezer.freeze(quarter));
        try {
            ReleasedPeriod saved = releases.insert(period);
            audit.record(AuditAction.FIGURES_RELEASED, null, quarter + " for " + saved.figures().size() + " scopes");
            return saved;
        } catch (DuplicateKeyException concurrent) {
            throw new ConflictException("The figures of " + quarter + " were already released; a release is never changed");
        }
    }

    /** The release of {@code quarter}; 404 (as a problem naming the quarter) when there is none. */
    public ReleasedPeriod released(Quarter quarter) {
        return releases.byId(quarter.toString()).orElseThrow(() -> new UnreleasedPeriodException(quarter));
    }

    public Optional<ReleasedPeriod> find(Quarter quarter) {
        return releases.byId(quarter.toString());
    }

    public List<ReleasedPeriod> all() {
        return releases.all();
    }

    public int smallCellThreshold() {
        return properties.smallCellThreshold();
    }
}
