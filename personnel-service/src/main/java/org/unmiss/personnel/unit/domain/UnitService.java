package org.unmiss.personnel.unit.domain;

import lombok.RequiredArgsConstructor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.unmiss.kit.problem.ConflictException;
import org.unmiss.kit.problem.FieldErrors;
import org.unmiss.kit.problem.NotFoundException;

/** Registering and replacing contingents; a unit names a contributing country and a base field office. */
@Service
@RequiredArgsConstructor
public class UnitService {

    private final UnitStore units;

    public Page<Unit> list(String countryCode, UnitType type, String baseFieldOffice, Pageable pageable) {
        return units.find(countryCode, type, baseFieldOffice, pageable);
    }

    public Unit get(String code) {
        return units.byId(code).orElseThrow(() -> new NotFoundException("Unit", code));
    }

    /** A new unit; 409 when the code is taken. */
    public Unit register(UnitRequest request) {
        // code first: the problem's first error is the one a client fixes first
        FieldErrors errors = check(request, new FieldErrors().when(request.code() == null, "code", "is required"));
        errors.throwIfAny(errors.size() + " fields are not valid");
        try {
            return units.insert(toUnit(request.code(), request, null));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("Unit " + request.code() + " already exists");
        }
    }

    /** The unit's details replaced, at the version the client last read (412 otherwise). */
    public Unit replace(String code, long version, UnitRequest request) {
        get(code);
        FieldErrors errors = new FieldErrors().when(request.code() != null && !request.code().equals(code),
                "code", "cannot be changed; it must be " + code + " or left out");
        check(request, errors);
        errors.throwIfAny(errors.size() + " fields are not valid");
        return units.save(toUnit(code, request, version));
    }

    private FieldErrors check(UnitRequest request, FieldErrors errors) {
        if (!units.knowsCountry(request.countryCode())) {
            errors.add("countryCode", "is not a registered contributing country");
        }
        if (!units.knowsOffice(request.baseFieldOffice())) {
            errors.add("baseFieldOffice", "is not a known field office code");
        }
        if (request.rotationEnd().isBefore(request.rotationStart())) {
            errors.add("rotationEnd", "must not be before rotationStart");
            errors.add("rotationStart", "must not be after rotationEnd");
        }
        return errors;
    }

    private static Unit toUnit(String code, UnitRequest r, Long version) {
        return new Unit(code, r.name(), r.countryCode(), r.type(), r.authorisedStrength(), r.baseFieldOffice(),
                r.rotationStart(), r.rotationEnd(), version);
    }
}
