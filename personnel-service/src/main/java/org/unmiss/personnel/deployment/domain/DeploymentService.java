package org.unmiss.personnel.deployment.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.InvalidRequestException;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.problem.StaleVersionException;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.personnel.person.domain.Deployment;
import org.unmiss.personnel.person.domain.DeploymentStatus;
import org.unmiss.personnel.person.domain.Person;
import org.unmiss.personnel.person.domain.PersonRules;
import org.unmiss.personnel.person.domain.PersonStore;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deployments are part of their person's record: requesting one and moving it along its workflow write the
 * person, one writer at a time (ADR 0018), within the caller's field office. The workflow's own rules
 * (legal transitions, one active deployment, no overlap) are the person's ({@link Person#transition}).
 */
@Service
@RequiredArgsConstructor
public class DeploymentService {

    private static final Pattern DEPLOYMENT_ID = Pattern.compile("^(UN-\\d{6})-D\\d{1,4}$");

    private final PersonStore people;
    private final CurrentUser user;
    private final Clock clock;

    /** What a deployment request names. */
    public record Request(String indexNumber, String fieldOffice, String unitCode, String position, LocalDate startDate,
                          LocalDate endDate) {
    }

    /** A deployment with its person, when the caller's office covers the deployment's; 404 otherwise. */
    public record Found(Person person, Deployment deployment) {
    }

    public Found visible(String id) {
        Person person = personOf(id);
        Deployment deployment = person.deployment(id).filter(d -> user.covers(d.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Deployment", id));
        return new Found(person, deployment);
    }

    /** A person's deployments the caller's office covers; 404 when it covers neither the person nor any of them. */
    public List<Found> history(String indexNumber, LocalDate on) {
        Person person = people.findPublished(indexNumber)
                .filter(p -> user.covers(p.fieldOffice()) || p.deployments().stream().anyMatch(d -> user.covers(d.fieldOffice())))
                .orElseThrow(() -> new NotFoundException("Person", indexNumber));
        return person.deployments().stream()
                .filter(d -> user.covers(d.fieldOffice()))
                .filter(d -> on == null || d.onStrengthOn(on))
                .map(d -> new Found(person, d)).toList();
    }

    public Found request(Request request) {
        new FieldErrors().addAll(PersonRules.checkDeployment(request.fieldOffice(), request.unitCode(), request.startDate(),
                request.endDate(), people.references(), "")).throwIfAny();
        user.requireCovers(request.fieldOffice(), "Deployments");
        Person saved = people.oneWriter(request.indexNumber(), () -> {
            Person person = people.findPublished(request.indexNumber())
                    .orElseThrow(() -> new InvalidRequestException("indexNumber", "does not name a registered person"));
            return people.save(person.requestDeployment(request.fieldOffice(), request.unitCode(), request.position(),
                    request.startDate(), request.endDate(), username(), clock.instant()));
        });
        people.changed(List.of(saved));
        return new Found(saved, saved.deployments().get(saved.deployments().size() - 1));
    }

    public Found changeStatus(String id, long version, DeploymentStatus status, LocalDate endDate, String reason) {
        if (endDate != null && status != DeploymentStatus.COMPLETED) {
            throw new InvalidRequestException("endDate", "is only accepted when completing a deployment");
        }
        Person saved = people.oneWriter(indexNumberOf(id), () -> {
            Found found = visible(id);
            Person person = found.person();
            Person moved = person.transition(found.deployment().id(), status, endDate, LocalDate.now(clock), reason,
                    username(), clock.instant(), version);
            if (person.version() == null || person.version() != version) {
                // what the versioned write would say; checked here too as the embedded store does not say it reliably
                throw new StaleVersionException("Deployment " + id + " changed (version " + person.version() + ", not "
                        + version + "); read it again");
            }
            return people.save(moved);
        });
        people.changed(List.of(saved));
        return new Found(saved, saved.deployment(id).orElseThrow());
    }

    private Person personOf(String deploymentId) {
        return people.findPublished(indexNumberOf(deploymentId)).orElseThrow(() -> new NotFoundException("Deployment", deploymentId));
    }

    private static String indexNumberOf(String deploymentId) {
        Matcher matcher = DEPLOYMENT_ID.matcher(deploymentId);
        if (!matcher.matches()) {
            throw new NotFoundException("Deployment", deploymentId);
        }
        return matcher.group(1);
    }

    private String username() {
        return user.username().orElse("unknown");
    }
}
