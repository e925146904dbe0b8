package org.safar.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * An installation on H2 made by Safar before Flyway owned Camunda's tables starts on this code
 * without a manual step: migration 14 finds Camunda's tables and keeps them, the PostgreSQL migrations
 * are not H2's.
 */
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = EarlierSafar.OnH2.class)
class EarlierInstallationOnH2Test {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdentityService identity;

    @Autowired
    RepositoryService repository;

    @Test
    void startsOnItAndKeepsWhatItFinds() {
        assertThat(jdbc.queryForList(
                "select \"version\" from \"flyway_schema_history\" where \"success\" order by \"installed_rank\"",
                String.class)).containsSubsequence("13", "14");
        assertThat(jdbc.queryForObject("select count(*) from act_ge_schema_log", Integer.class)).isEqualTo(1);
        assertThat(identity.createUserQuery().userId(EarlierSafar.USER).count()).isEqualTo(1);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("delegation").count()).isEqualTo(1);
    }
}
