package org.unmiss.humanrights.referral.persistence;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.unmiss.humanrights.hrcase.domain.ServiceType;
import org.unmiss.humanrights.referral.domain.ServiceProvider;
import org.unmiss.humanrights.referral.domain.ServiceProviderStore;
import org.unmiss.kit.demo.DemoLoader;

import java.time.Instant;
import java.util.List;

/**
 * Synthetic service providers for the development data set (ADR 0036, 0099): made-up organisations, marked
 * {@code demo}, with made-up desks. The Malakal safe shelter is the one the demo user {@code service.provider.malakal}
 * answers for (its {@code service_provider} attribute in the development realm).
 */
@Component
@RequiredArgsConstructor
class ServiceProviderDemoLoader implements DemoLoader {

    private static final Instant LOADED = Instant.parse("2026-01-01T00:00:00Z");

    private final ServiceProviderStore providers;

    @Override
    public String name() {
        return "4 synthetic service providers";
    }

    @Override
    public void loadIfEmpty() {
        if (!providers.isEmpty()) {
            return;
        }
        List.of(provider("DEMO-MALAKAL-SAFE-SHELTER", "Demo Malakal Safe House (synthetic)",
                        List.of(ServiceType.SAFE_SHELTER, ServiceType.PSYCHOSOCIAL), List.of("MALAKAL"), "Malakal town and PoC site"),
                provider("DEMO-MALAKAL-CLINIC", "Demo Upper Nile Clinic (synthetic)",
                        List.of(ServiceType.MEDICAL, ServiceType.PSYCHOSOCIAL), List.of("MALAKAL"), "Malakal town"),
                provider("DEMO-JUBA-LEGAL-AID", "Demo Juba Legal Aid Desk (synthetic)",
                        List.of(ServiceType.LEGAL, ServiceType.PROTECTION), List.of("JUBA", "TORIT", "YAMBIO"), "Equatoria"),
                provider("DEMO-BENTIU-PROTECTION", "Demo Bentiu Protection Desk (synthetic)",
                        List.of(ServiceType.SAFETY_AND_SECURITY, ServiceType.PROTECTION), List.of("BENTIU"), "Bentiu and Rubkona"))
                .forEach(providers::insert);
    }

    private static ServiceProvider provider(String code, String name, List<ServiceType> services, List<String> offices, String area) {
        return new ServiceProvider(code, name, services, offices, area, "desk@" + code.toLowerCase(java.util.Locale.ROOT) + ".example",
                true, LOADED, "demo-data");
    }
}
