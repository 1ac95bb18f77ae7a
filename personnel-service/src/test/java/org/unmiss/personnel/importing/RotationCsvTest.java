package org.unmiss.personnel.importing;

import org.junit.jupiter.api.Test;
import org.unmiss.kit.problem.FieldError;
import org.unmiss.kit.security.FieldOfficeScope;
import org.unmiss.personnel.importing.domain.RotationCsv;
import org.unmiss.personnel.person.PersonRulesTest;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RotationCsvTest {

    static final String HEADER = "familyName,givenName,sex,dateOfBirth,nationality,category,subCategory,unitCode,languages,fieldOffice,deploymentStart,deploymentEnd\n";
    static final FieldOfficeScope HQ = FieldOfficeScope.of("HQ");

    static RotationCsv.Result read(String csv, FieldOfficeScope scope) {
        return RotationCsv.read(csv, PersonRulesTest.REFERENCES, scope, LocalDate.of(2026, 6, 1));
    }

    @Test
    void readsGoodRowsWithTheirLinesAndDeployments() {
        RotationCsv.Result result = read(HEADER
                + "Velkov,Amara,FEMALE,1990-01-01,RWA,POLICE,FORMED_POLICE_UNIT,RWA-FPU-1,en;fr,JUBA,2026-07-01,2027-06-30\n"
                + "\n"
                + "\"Ost, Jr\",Ronan,MALE,,RWA,POLICE,FORMED_POLICE_UNIT,RWA-FPU-1,,JUBA,,\n", HQ);
        assertThat(result.errors()).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.rows()).extracting(r -> r.line()).containsExactly(2L, 4L);
        assertThat(result.rows().get(0).requestsDeployment()).isTrue();
        assertThat(result.rows().get(0).person().languages()).containsExactly("en", "fr");
        assertThat(result.rows().get(1).person().familyName()).isEqualTo("Ost, Jr");
        assertThat(result.rows().get(1).requestsDeployment()).isFalse();
    }

    @Test
    void reportsEveryBadRowWithItsLineAndColumn() {
        RotationCsv.Result result = read(HEADER
                + "Velkov,Amara,FEMALE,1990-01-01,RWA,POLICE,FORMED_POLICE_UNIT,RWA-FPU-1,en,JUBA,2026-07-01,2027-06-30\n"
                + "Ost,Ronan,MAN,1990-13-01,RWA,MILITARY,FORMED_POLICE_UNIT,RWA-FPU-1,en,JUBA,2026-07-01,\n"
                + "Velkov,Amara,FEMALE,1990-01-01,RWA,POLICE,FORMED_POLICE_UNIT,RWA-FPU-1,en,JUBA,,\n"
                + "Kor,Ila,FEMALE,1990-01-01,RWA,POLICE,FORMED_POLICE_UNIT,RWA-FPU-1,en,TORIT,2026-02-01,2026-08-01\n"
                + "too,few\n", HQ);
        assertThat(result.rows()).hasSize(1);
        assertThat(result.errors()).extracting(FieldError::field).containsExactly(
                "line 3: sex", "line 3: dateOfBirth", "line 3: category", "line 3: subCategory", "line 3: deploymentEnd",
                "line 4", "line 5: fieldOffice", "line 6");
        assertThat(result.errors().get(5).reason()).contains("repeats the person on line 2");
        assertThat(result.errors().get(0).reason()).contains("FEMALE");
    }

    @Test
    void anOfficeBoundImporterMayOnlyRegisterPeopleAtTheirOffice() {
        RotationCsv.Result result = read(HEADER
                + "Velkov,Amara,FEMALE,1990-01-01,RWA,POLICE,FORMED_POLICE_UNIT,RWA-FPU-1,en,JUBA,,\n", FieldOfficeScope.of("BENTIU"));
        assertThat(result.errors()).extracting(FieldError::reason).containsExactly("is outside your field office");
    }

    @Test
    void anUnusableHeaderIsReportedAloneAndNoRowIsRead() {
        RotationCsv.Result result = read("familyName,givenName,colour\nA,B,red\n", HQ);
        assertThat(result.rowsRead()).isZero();
        assertThat(result.errors()).extracting(FieldError::reason).contains("column 'colour' is not known; known columns: "
                + RotationCsv.COLUMNS, "column 'sex' is required");
    }
}
