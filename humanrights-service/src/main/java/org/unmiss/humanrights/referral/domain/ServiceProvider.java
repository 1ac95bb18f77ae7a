package org.unmiss.humanrights.referral.domain;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.unmiss.humanrights.hrcase.domain.ServiceType;

import java.time.Instant;
import java.util.List;

/**
 * An organisation human rights officers refer victims to (reference data, kept by administrators): the services it
 * offers, the field offices whose area it serves, and how the organisation is reached (its desk, not a person).
 * {@code demo} marks the synthetic providers of the development data set (ADR 0099).
 */
@Document("hr_service_providers")
public record ServiceProvider(@Id String code, String name, List<ServiceType> services, List<String> fieldOffices,
                              String area, String contact, boolean demo, Instant createdAt, String createdBy) {

    public boolean offers(ServiceType service) {
        return services.contains(service);
    }

    public boolean serves(String fieldOffice) {
        return fieldOffices.contains(fieldOffice);
    }
}
