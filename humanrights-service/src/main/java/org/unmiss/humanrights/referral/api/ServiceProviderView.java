package org.unmiss.humanrights.referral.api;

import org.unmiss.humanrights.hrcase.domain.ServiceType;

import java.util.List;

/** A service provider of the reference list; {@code demo} marks the synthetic ones of the development data. */
public record ServiceProviderView(String code, String name, List<ServiceType> services, List<String> fieldOffices,
                                  String area, String contact, boolean demo) {
}
