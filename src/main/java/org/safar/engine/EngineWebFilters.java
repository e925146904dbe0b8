package org.safar.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.safar.delegation.TaskHeadlines;
import org.safar.i18n.FormCatalogs;
import org.safar.i18n.TasklistNames;
import org.safar.i18n.UserLanguages;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The servlet filters that read what Camunda's webapps and engine REST API send and keep. */
@Configuration(proxyBeanMethods = false)
class EngineWebFilters {

    /**
     * Ahead of Camunda's own filters, so that the user's language is recorded before the engine
     * acts as that user (recording it needs no permission of theirs).
     */
    @Bean
    FilterRegistrationBean<TasklistLocalizationFilter> tasklistLocalization(FormCatalogs forms, TasklistNames names,
            UserLanguages users, TaskHeadlines headlines, ObjectMapper json) {
        FilterRegistrationBean<TasklistLocalizationFilter> registration =
                new FilterRegistrationBean<>(new TasklistLocalizationFilter(forms, names, users, headlines, json));
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("safar-tasklist-localization");
        return registration;
    }

    /** Next to the localization, which made the names that a save from Tasklist would bring back. */
    @Bean
    FilterRegistrationBean<TaskNamesKept> taskNamesKept(TaskService tasks, ObjectMapper json) {
        FilterRegistrationBean<TaskNamesKept> registration = new FilterRegistrationBean<>(new TaskNamesKept(tasks, json));
        registration.addUrlPatterns("/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setName("safar-task-names-kept");
        return registration;
    }

    /**
     * Right after the engine REST API's HTTP Basic filter ({@code camunda-engine-rest-authentication},
     * order 0, in identity.ApiSecurityConfiguration), which has set the user on the engine.
     */
    @Bean
    FilterRegistrationBean<EngineRestWrites> engineRestWrites(IdentityService identity) {
        FilterRegistrationBean<EngineRestWrites> registration =
                new FilterRegistrationBean<>(new EngineRestWrites(identity));
        registration.addUrlPatterns("/engine-rest/*");
        registration.setName("safar-engine-rest-writes");
        registration.setOrder(1);
        return registration;
    }
}
