package org.unmiss.poc.incident.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.NotFoundException;
import org.unmiss.kit.store.ReferenceNumbers;
import org.unmiss.poc.geo.domain.GeoJsonPoint;
import org.unmiss.poc.geo.domain.Geometries;
import org.unmiss.poc.place.domain.Place;
import org.unmiss.poc.place.domain.Places;
import org.unmiss.poc.site.domain.Designation;
import org.unmiss.poc.site.domain.PocSite;
import org.unmiss.poc.site.domain.Sector;
import org.unmiss.poc.site.domain.SiteAccess;
import org.unmiss.vocabulary.Parties;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Recording security incidents anywhere in the country, and referring SGBV incidents (ADR 0033: one service per feature). */
@Service
@RequiredArgsConstructor
public class IncidentService {

    /** An incident recorded at a site lies at or near it: a point further away is almost certainly a typing error. */
    public static final double MAX_DISTANCE_FROM_SITE_KM = 50;

    private final IncidentStore incidents;
    private final SiteAccess access;
    private final Places places;
    private final ReferenceNumbers numbers;
    private final ReferralSender referrals;
    private final Clock clock;

    public SecurityIncident record(IncidentRequest request) {
        PocSite site = request.siteCode() == null ? null : access.writableSite("siteCode", request.siteCode());
        String office = site != null ? site.fieldOffice() : access.recordingOffice("fieldOffice", request.fieldOffice());
        LocalDate day = LocalDate.ofInstant(request.occurredAt(), ZoneOffset.UTC);
        FieldErrors errors = new FieldErrors().addAll(Geometries.checkPoint("location", request.latitude(), request.longitude()).stream()
                .map(e -> new FieldError(e.field().substring("location.".length()), e.reason())).toList());
        if (errors.isEmpty()) {
            errors.addAll(Places.checkInCountry(request.latitude(), request.longitude()));
        }
        if (errors.isEmpty() && site != null && Geometries.distanceKm(site.latitude(), site.longitude(),
                request.latitude(), request.longitude()) > MAX_DISTANCE_FROM_SITE_KM) {
            String reason = "the point is more than " + (int) MAX_DISTANCE_FROM_SITE_KM + " km from site " + site.code()
                    + "; an incident away from a site is recorded without siteCode, with its county as place";
            errors.add("latitude", reason).add("longitude", reason);
        }
        errors.when(site == null && request.place() == null, "place", "is required for an incident away from a PoC site");
        errors.when(site == null && (request.sector() != null || request.block() != null), "sector",
                "only an incident in a PoC site has a sector and block");
        if (site != null && request.sector() != null) {
            Sector sector = site.structure() == null ? null : site.structure().stream()
                    .filter(s -> s.code().equals(request.sector())).findFirst().orElse(null);
            errors.when(sector == null, "sector", "is not a sector of " + site.code());
            errors.when(sector != null && request.block() != null && (sector.blocks() == null || !sector.blocks().contains(request.block())),
                    "block", "is not a block of sector " + request.sector());
        }
        errors.when(request.perpetratorParty() != null && Parties.resolve(request.perpetratorParty()).isEmpty(),
                "perpetratorParty", "is not on the mission's party list");
        errors.when(request.arrests() != null && request.handedOverToNationalPolice() != null
                        && request.handedOverToNationalPolice() > request.arrests(),
                "handedOverToNationalPolice", "must not exceed arrests (" + request.arrests() + ")");
        errors.when(request.respondedAt() != null && request.respondedAt().isBefore(request.occurredAt()),
                "respondedAt", "must not be before occurredAt");
        if (request.people() != null) {
            errors.addAll(request.people().problems("people"));
        }
        Place place = null;
        if (request.place() != null) {
            Places.PlaceMatch match = places.match("place", request.place(), day);
            place = match.place();
            if (match.problem() != null) {
                errors.add(match.problem());
            }
        }
        errors.throwIfAny("The incident is not valid");
        WeaponsFreeZoneCheck zone = site == null ? new WeaponsFreeZoneCheck(false, false)
                : WeaponsFreeZoneCheck.of(site, request.latitude(), request.longitude(), request.occurredAt(),
                request.category(), request.weaponsInvolved());
        IncidentDetails details = new IncidentDetails(request.sector(), request.block(),
                request.perpetratorParty() == null ? null : Parties.canonical(request.perpetratorParty()),
                request.arrests(), request.handedOverToNationalPolice(), request.actionsTaken(), request.respondedAt());
        return incidents.insert(new SecurityIncident(numbers.next("SI", day.getYear()), site == null ? null : site.code(),
                office, request.category(), request.severity(), request.occurredAt(),
                request.occurredAt().toString().substring(0, 7), request.latitude(), request.longitude(),
                GeoJsonPoint.of(request.latitude(), request.longitude()), request.weaponsInvolved(), zone.inside(),
                zone.breach(), request.people(), request.description(), access.username(), Instant.now(clock), null,
                place != null ? place.ref() : places.siteCounty(site), details, underGovernmentControl(site, day), null));
    }

    /**
     * A redesignated site is a camp under the government's responsibility from its redesignation on; where that
     * day is not on record (Wau, Bentiu), every incident recorded against the camp is flagged, erring towards
     * telling readers that UN security did not run the place.
     */
    public static boolean underGovernmentControl(PocSite site, LocalDate day) {
        return site != null && site.designation() == Designation.IDP_CAMP
                && (site.redesignatedOn() == null || !day.isBefore(site.redesignatedOn()));
    }

    public SecurityIncident visible(String reference) {
        return incidents.byId(reference).filter(i -> access.visible(i.fieldOffice()))
                .orElseThrow(() -> new NotFoundException("Security incident", reference));
    }

    public SecurityIncident refer(String reference, String consentNote) {
        SecurityIncident incident = visible(reference);
        access.requireWritable(incident.fieldOffice());
        if (incident.category() != IncidentCategory.SGBV) {
            throw new ConflictException("Only SGBV incidents are referred to humanrights-service; " + reference + " is " + incident.category());
        }
        if (incident.referral() != null) {
            throw new ConflictException(reference + " was already referred (" + incident.referral().status() + ")");
        }
        incidents.save(incident.withReferral(Referral.requested(access.username(), Instant.now(clock), consentNote),
                incident.version()));
        referrals.dispatch(reference);
        return visible(reference);
    }
}
