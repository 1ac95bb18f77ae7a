package org.unmiss.humanrights.config;

import lombok.RequiredArgsConstructor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.unmiss.humanrights.officer.api.OfficerSightings;

/** Who calls the API is noted before the call is handled, so a person can be assigned once they have signed in. */
@Configuration
@RequiredArgsConstructor
public class OfficerSightingsConfiguration implements WebMvcConfigurer {

    private final OfficerSightings sightings;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(sightings).addPathPatterns("/api/**");
    }
}
