package org.unmiss.personnel.person.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import org.unmiss.personnel.fieldoffice.domain.FieldOffice;
import org.unmiss.personnel.person.domain.PersonReferences;
import org.unmiss.personnel.unit.persistence.UnitQueries;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads the field offices and unit codes once, so checking thousands of import rows costs no further queries. */
@Component
@RequiredArgsConstructor
public class ReferenceSnapshot {

    private final MongoTemplate mongo;
    private final UnitQueries units;

    public PersonReferences take() {
        Map<String, FieldOffice> offices = mongo.findAll(FieldOffice.class).stream()
                .collect(Collectors.toMap(FieldOffice::code, Function.identity()));
        Set<String> unitCodes = units.allCodes();
        return new PersonReferences() {
            @Override
            public boolean knowsOffice(String code) {
                return offices.containsKey(code);
            }

            @Override
            public boolean officeOpenOn(String code, LocalDate date) {
                FieldOffice office = offices.get(code);
                return office != null && office.isOpenOn(date);
            }

            @Override
            public boolean knowsUnit(String code) {
                return unitCodes.contains(code);
            }
        };
    }
}
