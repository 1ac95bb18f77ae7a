package org.unmiss.humanrights.officer.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.kit.security.CurrentUser;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The people who have called this service with a human rights role, as their last signed token said. A caller is
 * written once per change of office or roles (kept in memory per instance), not on every request.
 */
@Component
@RequiredArgsConstructor
public class OfficerDirectory {

    private final OfficerStore officers;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Map<String, Officer> seen = new ConcurrentHashMap<>();

    /** Notes the current caller if they are a person holding a human rights role. */
    public void noteCaller() {
        Optional<String> username = currentUser.username();
        if (username.isEmpty() || currentUser.isServiceAccount()) {
            return;
        }
        Set<String> roles = Officer.KEPT_ROLES.stream().filter(currentUser::hasRole).collect(Collectors.toUnmodifiableSet());
        if (roles.isEmpty()) {
            return;
        }
        String office = currentUser.fieldOffice().office();
        Officer known = seen.get(username.get());
        if (known != null && known.roles().equals(roles) && java.util.Objects.equals(known.fieldOffice(), office)) {
            return;
        }
        Officer officer = new Officer(username.get(), office, roles, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        officers.save(officer);
        seen.put(officer.username(), officer);
    }

    public Optional<Officer> find(String username) {
        return officers.byId(username);
    }
}
