package org.safar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safar.postgres.OnPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The lifecycle scenarios again on PostgreSQL 17 with the postgres profile: Flyway's migrations,
 * Camunda's schema and every query of the lifecycle on the server production runs.
 */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@ContextConfiguration(initializers = OnPostgres.class)
class DelegationScenarioOnPostgresTest extends DelegationScenarioTest {

    @Autowired
    JdbcTemplate jdbc;

    /** Tasklist's queries find each task's authorizations by index (PermissionStatisticsPlugin). */
    @Test
    void theAuthorizationsPermissionBitsHaveStatisticsAndEveryQueryIsPlannedWithItsValues() {
        assertThat(jdbc.queryForObject("select count(*) from pg_statistic_ext where stxname = 'safar_stat_auth_perms'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    }
}
