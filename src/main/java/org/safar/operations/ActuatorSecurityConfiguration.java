package org.safar.operations;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reads the actuator endpoints: health, liveness and readiness answer anyone (load balancers and
 * orchestrators probe them without credentials); metrics, Prometheus and the health details only an
 * administrator (group camunda-admin) with HTTP Basic. Kept apart from the security of the API and
 * the webapps, which it neither changes nor relies on.
 */
@Configuration(proxyBeanMethods = false)
class ActuatorSecurityConfiguration {

    @Bean
    FilterRegistrationBean<ActuatorAccessFilter> actuatorAccess(IdentityService identity) {
        FilterRegistrationBean<ActuatorAccessFilter> registration =
                new FilterRegistrationBean<>(new ActuatorAccessFilter(identity));
        registration.addUrlPatterns("/actuator/*");
        registration.setName("safar-actuator-access");
        return registration;
    }
}
