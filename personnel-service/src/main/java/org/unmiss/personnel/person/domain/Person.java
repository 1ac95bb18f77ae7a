package org.unmiss.personnel.person.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.kit.feed.PolledForChanges;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A member of the mission's personnel, with the history of their deployments inside the same
 * document. The person is the aggregate for the deployment rules: every request and transition
 * reads the whole history, checks it and writes it back in one versioned single-document write,
 * so two concurrent approvals cannot both succeed (the second gets 412), and no multi-document
 * transaction (which the store lacks) is needed.
 *
 * @param indexNumber stable identifier, {@code UN-} and six digits, e.g. {@code UN-000123}
 * @param fieldOffice current duty station: where the active deployment is, otherwise where registered
 */
@Document("personnel")
@PolledForChanges
public record Person(@Id String indexNumber, String familyName, String givenName, Sex sex, LocalDate dateOfBirth,
                     String nationality, Category category, SubCategory subCategory, String rank, String unitCode,
                     List<String> languages, PersonStatus status, String section, String fieldOffice,
                     Contacts contacts, List<Deployment> deployments, @Version Long version) {

    public static final String INDEX_PREFIX = "UN-";

    public Person {
        languages = languages == null ? List.of() : List.copyOf(languages);
        deployments = deployments == null ? List.of() : List.copyOf(deployments);
    }

    public static String indexNumber(long sequence) {
        return String.format("%s%06d", INDEX_PREFIX, sequence);
    }

    public static Person register(String indexNumber, PersonDetails d) {
        return new Person(indexNumber, d.familyName(), d.givenName(), d.sex(), d.dateOfBirth(), d.nationality(),
                d.category(), d.subCategory(), d.rank(), d.unitCode(), d.languages(),
                d.status() == null ? PersonStatus.ACTIVE : d.status(), d.section(), d.fieldOffice(), d.contacts(),
                List.of(), null);
    }

    /** The same person with new details and the version the client last saw (a stale one fails on save). */
    public Person withDetails(PersonDetails d, long expectedVersion) {
        return new Person(indexNumber, d.familyName(), d.givenName(), d.sex(), d.dateOfBirth(), d.nationality(),
                d.category(), d.subCategory(), d.rank(), d.unitCode(), d.languages(),
                d.status() == null ? status : d.status(), d.section(), d.fieldOffice(), d.contacts(),
                deployments, expectedVersion);
    }

    public Optional<Deployment> deployment(String id) {
        return deployments.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Where the person was posted on {@code date}, if anywhere. */
    public Optional<Deployment> deploymentOn(LocalDate date) {
        return deployments.stream().filter(d -> d.onStrengthOn(date)).findFirst();
    }

    /** Adds a REQUESTED deployment; refused (409) if its period overlaps one that already holds the person. */
    public Person requestDeployment(String office, String unit, String position, LocalDate start, LocalDate end,
                                    String by, Instant at) {
        rejectOverlap(null, start, end);
        List<Deployment> all = new ArrayList<>(deployments);
        all.add(new Deployment(indexNumber + "-D" + (deployments.size() + 1), office, unit, position, start, end,
                DeploymentStatus.REQUESTED, by, at, by, at, null));
        return withDeployments(all, fieldOffice, unitCode, version);
    }

    /**
     * Moves one deployment along its workflow, checked against the client's version.
     *
     * @param completedOn for COMPLETED, the last day served (defaults to {@code today})
     */
    public Person transition(String deploymentId, DeploymentStatus target, LocalDate completedOn, LocalDate today,
                             String reason, String by, Instant at, long expectedVersion) {
        Deployment current = deployment(deploymentId).orElseThrow(() -> new NotFoundException("Deployment", deploymentId));
        if (!current.status().canMoveTo(target)) {
            throw new ConflictException("Deployment " + deploymentId + " is " + current.status() + "; it can move to "
                    + (current.status().next().isEmpty() ? "no other status" : current.status().next().toString())
                    + ", not " + target);
        }
        LocalDate end = current.endDate();
        String office = fieldOffice;
        String unit = unitCode;
        switch (target) {
            case APPROVED -> rejectOverlap(deploymentId, current.startDate(), current.endDate());
            case ACTIVE -> {
                deployments.stream().filter(d -> d.status() == DeploymentStatus.ACTIVE).findFirst().ifPresent(d -> {
                    throw new ConflictException(indexNumber + " already has active deployment " + d.id()
                            + "; complete it before activating " + deploymentId);
                });
                office = current.fieldOffice();
                unit = current.unitCode() == null ? unitCode : current.unitCode();
            }
            case COMPLETED -> {
                end = completedOn == null ? today : completedOn;
                if (end.isBefore(current.startDate())) {
                    throw new InvalidRequestException("endDate", "must not be before the deployment's start date " + current.startDate());
                }
                rejectOverlap(deploymentId, current.startDate(), end);
            }
            default -> { }
        }
        List<Deployment> all = new ArrayList<>(deployments.size());
        for (Deployment d : deployments) {
            all.add(d.id().equals(deploymentId) ? d.moved(target, end, by, at, reason) : d);
        }
        return withDeployments(all, office, unit, expectedVersion);
    }

    private void rejectOverlap(String exceptId, LocalDate start, LocalDate end) {
        deployments.stream()
                .filter(d -> !d.id().equals(exceptId) && d.status().holdsThePerson() && d.overlaps(start, end))
                .findFirst()
                .ifPresent(d -> {
                    throw new ConflictException(indexNumber + " is already deployed from " + d.startDate() + " to "
                            + d.endDate() + " (" + d.id() + ", " + d.status() + "); deployment periods may not overlap");
                });
    }

    private Person withDeployments(List<Deployment> all, String office, String unit, Long expectedVersion) {
        return new Person(indexNumber, familyName, givenName, sex, dateOfBirth, nationality, category, subCategory,
                rank, unit, languages, status, section, office, contacts, all, expectedVersion);
    }
}
