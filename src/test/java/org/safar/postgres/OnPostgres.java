package org.safar.postgres;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a @SpringBootTest at an empty database of its own on the JVM's embedded PostgreSQL. Use it
 * with the profiles {@code postgres, test}: the postgres profile's settings, and the test profile's
 * (the test plays the job executor) where they differ; the database given here wins over both.
 */
public class OnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + TestPostgres.newDatabase("safar"),
                "spring.datasource.username=" + TestPostgres.USER,
                "spring.datasource.password=" + TestPostgres.PASSWORD).applyTo(context);
    }
}
