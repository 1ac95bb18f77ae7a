package org.unmiss.kit.web;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.unmiss.kit.problem.ProblemDetailsAdvice;
import org.unmiss.kit.problem.ProblemErrorController;
import org.unmiss.kit.problem.ProblemErrorReportValve;
import org.unmiss.kit.problem.ProblemResponseWriter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * Correlation ids, problem+json on every error path (MVC, {@code /error}, Tomcat's own refusals),
 * the body-size limit, relative Location headers and sane dates for every servlet service.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebLimitsProperties.class)
public class KitWebAutoConfiguration {

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        // Before Spring Security's filter chain, so 401 and 403 carry the id too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RelativeLocationFilter> relativeLocationFilter() {
        FilterRegistrationBean<RelativeLocationFilter> registration = new FilterRegistrationBean<>(new RelativeLocationFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(WebLimitsProperties limits,
                                                                          ProblemResponseWriter problems) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyLimitFilter(limits.maxRequestBody().toBytes(), problems, limits::isStreamedUpload));
        // Before security and idempotency: neither may read more than the limit either.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    ProblemResponseWriter problemResponseWriter(JsonMapper jsonMapper) {
        return new ProblemResponseWriter(jsonMapper);
    }

    /** Takes the place of Boot's BasicErrorController (which backs off when an ErrorController exists). */
    @Bean
    ProblemErrorController problemErrorController(ProblemResponseWriter problems) {
        return new ProblemErrorController(problems);
    }

    @Bean
    SaneDatesJacksonModule saneDatesJacksonModule() {
        return new SaneDatesJacksonModule();
    }

    @Bean
    WebMvcConfigurer saneDateParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addFormatterForFieldAnnotation(new SaneDateFormatAnnotationFormatterFactory());
            }
        };
    }

    @Bean
    WebMvcConfigurer listParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(java.util.List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ListParamsResolver());
                resolvers.add(new org.unmiss.kit.feed.FeedParamsResolver());
            }
        };
    }

    /**
     * One clock for "now" and "today" in every service: UTC, the mission's reporting day. A test or a
     * service that needs another declares its own {@code Clock} bean and this one backs off.
     */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    static class TomcatErrors {

        /**
         * Runs after Boot's own Tomcat customizer (order 0), whose context customizer adds a plain
         * ErrorReportValve to the host: ours replaces it, so Tomcat's refusals are problem+json too.
         */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve(JsonMapper jsonMapper) {
            return new WebServerFactoryCustomizer<>() {
                @Override
                public void customize(TomcatServletWebServerFactory factory) {
                    factory.addContextCustomizers(context -> {
                        Host host = (Host) context.getParent();
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        if (host instanceof StandardHost standard) {
                            // Tomcat adds a valve of this class at start unless one is there: ours is.
                            standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                        }
                        host.getPipeline().addValve(new ProblemErrorReportValve(jsonMapper));
                    });
                }
            };
        }
    }
}
