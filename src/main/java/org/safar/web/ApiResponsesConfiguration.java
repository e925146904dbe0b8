package org.safar.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class ApiResponsesConfiguration {

    /** Ahead of the API's authentication, so that its refusals carry the headers too. */
    @Bean
    FilterRegistrationBean<ApiResponses> apiResponses() {
        FilterRegistrationBean<ApiResponses> registration = new FilterRegistrationBean<>(new ApiResponses());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setName("safar-api-responses");
        return registration;
    }
}
