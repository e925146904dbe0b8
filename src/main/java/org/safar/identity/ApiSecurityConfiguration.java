package org.safar.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Nothing of Safar answers an anonymous caller: the domain API and Camunda's engine REST API both
 * require HTTP Basic. Tasklist, Cockpit and Admin keep their own login and CSRF protection. The
 * Admin webapp's first-run setup is closed, deployments are bounded, and in production every
 * response carries HSTS.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /**
     * The engine REST API's HTTP Basic; what it then lets users change comes next, at order 1
     * (org.safar.engine.EngineWebFilters).
     */
    private static final int ENGINE_REST_AUTHENTICATION = 0;

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity));
        registration.addUrlPatterns("/api/*");
        registration.setName("safar-api-authentication");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.setName("camunda-engine-rest-authentication");
        registration.setOrder(ENGINE_REST_AUTHENTICATION);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AdminSetupLock> adminSetupLock(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps) {
        FilterRegistrationBean<AdminSetupLock> registration = new FilterRegistrationBean<>(new AdminSetupLock());
        registration.addUrlPatterns(webapps + "/api/admin/setup/*");
        registration.setName("safar-admin-setup-lock");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<DeploymentUploadLimit> deploymentUploadLimit(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String webapps,
            @Value("${safar.deployments.max-bytes}") DataSize maxBytes,
            @Value("${safar.deployments.max-files}") int maxFiles) {
        FilterRegistrationBean<DeploymentUploadLimit> registration =
                new FilterRegistrationBean<>(new DeploymentUploadLimit(maxBytes.toBytes(), maxFiles));
        registration.addUrlPatterns("/engine-rest/deployment/create", webapps + "/api/engine/*");
        registration.setName("safar-deployment-upload-limit");
        return registration;
    }

    @Bean
    @ConditionalOnProperty("safar.security.hsts")
    FilterRegistrationBean<StrictTransportSecurity> strictTransportSecurity() {
        FilterRegistrationBean<StrictTransportSecurity> registration =
                new FilterRegistrationBean<>(new StrictTransportSecurity());
        registration.addUrlPatterns("/*");
        registration.setName("safar-strict-transport-security");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
