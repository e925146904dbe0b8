package org.safar.funding;

import org.safar.postgres.OnPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The reservation race on PostgreSQL, where a cluster's nodes reserve against each other. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@ContextConfiguration(initializers = OnPostgres.class)
class BudgetReservationRaceOnPostgresTest extends BudgetReservationRaceTest {
}
