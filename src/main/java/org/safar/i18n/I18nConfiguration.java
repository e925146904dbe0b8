package org.safar.i18n;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    /**
     * Ahead of Camunda's own filters, so that the user's language is recorded before the engine
     * acts as that user (recording it needs no permission of theirs).
     */
    @Bean
    FilterRegistrationBean<TasklistLocalizationFilter> tasklistLocalization(FormCatalogs forms, TasklistNames names,
            UserLanguages users, ObjectMapper json) {
        FilterRegistrationBean<TasklistLocalizationFilter> registration =
                new FilterRegistrationBean<>(new TasklistLocalizationFilter(forms, names, users, json));
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("safar-tasklist-localization");
        return registration;
    }
}
