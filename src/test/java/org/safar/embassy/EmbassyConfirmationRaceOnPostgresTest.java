package org.safar.embassy;

import org.safar.postgres.OnPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The same confirmation eight times at once on PostgreSQL, where a cluster's nodes meet. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@ContextConfiguration(initializers = OnPostgres.class)
class EmbassyConfirmationRaceOnPostgresTest extends EmbassyConfirmationRaceTest {
}
