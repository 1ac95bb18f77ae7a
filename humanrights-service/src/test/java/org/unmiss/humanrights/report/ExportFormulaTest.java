package org.unmiss.humanrights.report;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unmiss.humanrights.HrFixtures;
import org.unmiss.kit.testing.ApiClient;
import org.unmiss.kit.testing.ApiResponse;
import org.unmiss.kit.testing.ServiceTest;
import org.unmiss.kit.testing.TestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/** The violations export goes through the kit's CSV writer: a formula typed into a case stays text. */
@ServiceTest
class ExportFormulaTest {

    @Autowired
    ApiClient api;

    @Autowired
    TestIssuer issuer;

    @Test
    void aFormulaInACaseIsNeutralisedInTheExport() {
        String body = HrFixtures.caseBody("MALAKAL", "2023-02-03", HrFixtures.uniqueName())
                .replace("\"county\": \"Malakal\"", "\"county\": \"=HYPERLINK(\\\"http://evil.example\\\")\"");
        ApiResponse created = HrFixtures.create(api, HrFixtures.officer(issuer), body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        ApiResponse csv = api.get("/api/v1/hr-reports/export?from=2023-02-01&to=2023-02-28", HrFixtures.senior(issuer));
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.body()).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\",").doesNotContain(",=HYPERLINK");
    }
}
