package org.unmiss.personnel;

import org.unmiss.kit.testing.ServiceConventionsTest;

/** Package rules and the committed OpenAPI document, as for every service. */
class ConventionsTest extends ServiceConventionsTest {
}
