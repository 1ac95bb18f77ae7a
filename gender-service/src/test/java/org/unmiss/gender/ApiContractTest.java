package org.unmiss.gender;

import org.junit.jupiter.api.AfterAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unmiss.gender.parity.FakePersonnelService;
import org.unmiss.kit.testing.ServiceContractTest;

import java.util.Map;

/**
 * Every GET of the document answered as documented, over the demo data; the parity view reads
 * personnel-service, here its stand-in with a known strength fixture.
 */
class ApiContractTest extends ServiceContractTest {

    static final FakePersonnelService PERSONNEL = FakePersonnelService.start();

    @DynamicPropertySource
    static void personnel(DynamicPropertyRegistry registry) {
        registry.add("unmiss.clients.personnel.url", PERSONNEL::url);
    }

    @AfterAll
    static void stopPersonnel() {
        PERSONNEL.close();
    }

    /** The task force gaps need a first year (2011 or later). */
    @Override
    protected Map<String, String> queryValues() {
        return Map.of("fromYear", "2016");
    }
}
