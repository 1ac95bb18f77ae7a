package org.unmiss.humanrights.hrcase.domain;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A security incident as poc-site-service shows it, reduced to what this service compares (an
 * intake's details, a citation's office). Unknown fields are ignored: poc-site-service may add
 * fields without breaking this client.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PocIncident(String reference, String fieldOffice, String category, String occurredAt) {
}
