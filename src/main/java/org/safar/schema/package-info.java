/**
 * Who owns the database schema: Flyway, for Safar's tables and Camunda's alike, on H2 and on
 * PostgreSQL. The engine only checks that its tables are there ({@code camunda.bpm.database.schema-update:
 * false}) and is built after Flyway has migrated. The migrations: {@code db/migration} for every database,
 * {@code db/vendor/<vendor>} for one, {@link CamundaSchemaMigration} for Camunda's own tables.
 */
@ApplicationModule(displayName = "Database schema")
package org.safar.schema;

import org.springframework.modulith.ApplicationModule;
