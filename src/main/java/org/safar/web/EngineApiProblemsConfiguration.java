package org.safar.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class EngineApiProblemsConfiguration {

    /** Outside every other filter of the engine APIs, so that it sees the answer as it would leave. */
    @Bean
    FilterRegistrationBean<EngineApiProblems> engineApiProblems(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
        FilterRegistrationBean<EngineApiProblems> registration = new FilterRegistrationBean<>(new EngineApiProblems());
        registration.addUrlPatterns("/engine-rest/*", webapps + "/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("safar-engine-api-problems");
        return registration;
    }
}
