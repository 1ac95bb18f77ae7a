package org.unmiss.kit.feign;

import feign.RequestInterceptor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.unmiss.kit.security.CurrentUser;
import org.unmiss.kit.web.CorrelationId;

/**
 * Calls one service makes to another on a user's behalf carry that user's token, so the callee
 * decides on the caller's own rights, and the correlation id, so one request can be followed
 * through every log.
 */
@AutoConfiguration
@ConditionalOnClass(RequestInterceptor.class)
public class KitFeignAutoConfiguration {

    @Bean
    RequestInterceptor relayCallerIdentity(CurrentUser currentUser) {
        return template -> {
            CorrelationId.current().ifPresent(id -> template.header(CorrelationId.HEADER, id));
            if (!template.headers().containsKey(HttpHeaders.AUTHORIZATION)) {
                currentUser.jwt().ifPresent(jwt -> template.header(HttpHeaders.AUTHORIZATION, "Bearer " + jwt.getTokenValue()));
            }
        };
    }
}
