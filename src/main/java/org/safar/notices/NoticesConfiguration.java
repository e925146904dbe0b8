package org.safar.notices;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NoticesProperties.class)
public class NoticesConfiguration {

    /** Off unless set: without it Safar writes and sends no notices at all. */
    public static final String ENABLED = "safar.notices.enabled";

    /** Only when notices are on: the due-date sweep and the retry of unsent notices run on a schedule. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = NoticesConfiguration.ENABLED, havingValue = "true")
    @EnableScheduling
    static class Scheduling {
    }
}
