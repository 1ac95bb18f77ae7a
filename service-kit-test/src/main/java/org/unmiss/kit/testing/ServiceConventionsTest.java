package org.unmiss.kit.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The conventions every service is held to, inherited by one empty test class per service placed in
 * its base package: the package rules of docs/architecture.md, typed settings with no demo switch in
 * main configuration ({@link TypedConfiguration}), the export convention ({@link ExportNegotiation}),
 * and the committed OpenAPI document matching what
 * the service serves.
 */
@ServiceTest
public abstract class ServiceConventionsTest {

    @Autowired
    private ApiClient api;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void keepsThePackageRules() {
        ServiceArchitecture.verify(getClass().getPackageName());
    }

    @Test
    void readsTypedSettingsAndKeepsDemoSwitchesOutOfMainConfiguration() {
        TypedConfiguration.verify(getClass().getPackageName());
    }

    @Test
    void answersJsonUnlessCsvIsPreferred() {
        ExportNegotiation.verify(mappings);
    }

    @Test
    void servesTheCommittedOpenApiDocument() {
        OpenApiDrift.assertMatchesCommitted(api);
    }
}
