package org.unmiss.kit.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits every service enforces on its own requests, whatever stands in front of it (the gateway
 * has the same limit, but a service must not rely on being reached only through it).
 *
 * @param maxRequestBody the largest request body accepted; larger is a 413 problem (default 10MB)
 */
@ConfigurationProperties("unmiss.web")
public record WebLimitsProperties(@DefaultValue("10MB") DataSize maxRequestBody) {
}
