package org.safar.delegation;

import org.safar.postgres.OnPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** Cancellations and withdrawals sent again, and eight at once, on PostgreSQL, where a cluster's nodes meet. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@ContextConfiguration(initializers = OnPostgres.class)
class RepeatedChangesApiOnPostgresTest extends RepeatedChangesApiTest {
}
