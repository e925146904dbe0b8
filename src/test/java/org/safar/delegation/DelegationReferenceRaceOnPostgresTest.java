package org.safar.delegation;

import org.safar.postgres.OnPostgres;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The openings' race on PostgreSQL, where a cluster's nodes give references against each other. */
@ActiveProfiles(profiles = {"postgres", "test"}, inheritProfiles = false)
@ContextConfiguration(initializers = OnPostgres.class)
class DelegationReferenceRaceOnPostgresTest extends DelegationReferenceRaceTest {
}
