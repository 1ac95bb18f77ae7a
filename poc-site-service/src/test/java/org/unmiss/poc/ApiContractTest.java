package org.unmiss.poc;

import org.unmiss.kit.testing.ServiceContractTest;

import java.util.Map;

/** Every GET of the document answered as documented, over the demo data. */
class ApiContractTest extends ServiceContractTest {

    /** The before/after report needs a pivot day unless its site has a weapons-free-zone date. */
    @Override
    protected Map<String, String> queryValues() {
        return Map.of("pivot", "2025-06-01");
    }
}
