package org.safar;

import org.safar.postgres.OnPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The lifecycle scenarios again on PostgreSQL 17 with the postgres profile: Flyway's migrations,
 * Camunda's schema and every query of the lifecycle on the server production runs.
 */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@ContextConfiguration(initializers = OnPostgres.class)
class DelegationScenarioOnPostgresTest extends DelegationScenarioTest {
}
