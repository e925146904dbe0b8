package org.safar.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Migration 14 on H2, without the application: Camunda's tables made once, and never over another version's. */
class CamundaSchemaMigrationTest {

    private final DriverManagerDataSource database = new DriverManagerDataSource(
            "jdbc:h2:mem:camunda-schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    private final JdbcTemplate jdbc = new JdbcTemplate(database);

    @Test
    void makesCamundasTablesOnAnEmptyDatabase() {
        migrate();
        migrate();

        assertThat(jdbc.queryForList("select VERSION_ from ACT_GE_SCHEMA_LOG", String.class)).containsExactly("7.24.0");
        assertThat(jdbc.queryForObject("select count(*) from ACT_GE_PROPERTY where NAME_ = 'schema.version'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void refusesTablesOfAnotherCamundaVersion() {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("13").load().migrate();
        jdbc.execute("create table ACT_GE_SCHEMA_LOG (ID_ varchar(64), TIMESTAMP_ timestamp, VERSION_ varchar(255))");
        jdbc.update("insert into ACT_GE_SCHEMA_LOG values ('0', current_timestamp, '7.23.0')");

        assertThatThrownBy(this::migrate).isInstanceOf(FlywayException.class)
                .hasStackTraceContaining("apply Camunda's upgrade scripts up to 7.24.0 first");
    }

    /** Unchanged copies: while Safar runs Camunda 7.24.0, the same bytes as the engine jar's scripts. */
    @Test
    void theCreateScriptsAreCamundasOwn() throws IOException {
        assumeThat(ProductPropertiesUtil.getProductVersion()).isEqualTo(CamundaSchemaMigration.CAMUNDA_VERSION);
        Resource[] copies = new PathMatchingResourcePatternResolver().getResources("classpath:db/camunda/7.24.0/*.sql");
        assertThat(copies).hasSize(14);
        for (Resource copy : copies) {
            try (InputStream ours = copy.getInputStream();
                    InputStream camundas = getClass().getClassLoader()
                            .getResourceAsStream("org/camunda/bpm/engine/db/create/" + copy.getFilename())) {
                assertThat(camundas).as(copy.getFilename()).isNotNull();
                assertThat(ours.readAllBytes()).as(copy.getFilename()).isEqualTo(camundas.readAllBytes());
            }
        }
    }

    private void migrate() {
        Flyway.configure().dataSource(database).locations("classpath:db/migration")
                .javaMigrations(new CamundaSchemaMigration()).load().migrate();
    }
}
