package org.unmiss.peace;

import org.unmiss.kit.testing.ServiceContractTest;

/** Every GET of the document answered as documented, over the demo data. */
class ApiContractTest extends ServiceContractTest {
}
