package org.unmiss.personnel.unit.api;

import org.unmiss.personnel.unit.domain.Unit;
import org.unmiss.personnel.unit.domain.UnitType;

import java.time.LocalDate;

public record UnitResponse(String code, String name, String countryCode, UnitType type, int authorisedStrength,
                           String baseFieldOffice, LocalDate rotationStart, LocalDate rotationEnd) {

    static UnitResponse from(Unit unit) {
        return new UnitResponse(unit.code(), unit.name(), unit.countryCode(), unit.type(), unit.authorisedStrength(),
                unit.baseFieldOffice(), unit.rotationStart(), unit.rotationEnd());
    }
}
