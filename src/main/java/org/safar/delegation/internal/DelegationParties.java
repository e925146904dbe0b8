package org.safar.delegation.internal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The groups and people that have had work on a delegation, recorded as its tasks are created and
 * claimed. Written with plain SQL on the engine's transaction, so a task that is rolled back leaves
 * no party behind, and a task created again (a retried job) adds nothing.
 */
@Component
public class DelegationParties {

    private static final String GROUP = "group:";
    private static final String USER = "user:";

    private final JdbcTemplate jdbc;

    DelegationParties(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public static String group(String groupId) {
        return GROUP + groupId;
    }

    public static String user(String userId) {
        return USER + userId;
    }

    /** The parties a caller counts as: themselves and each of their groups. */
    public static List<String> of(String userId, Collection<String> groupIds) {
        return Stream.concat(Stream.of(user(userId)),
                groupIds.stream().map(DelegationParties::group)).toList();
    }

    public void record(Long delegationId, String party) {
        jdbc.update("""
                insert into delegation_party (delegation_id, party)
                select ?, ? where not exists
                    (select 1 from delegation_party where delegation_id = ? and party = ?)""",
                delegationId, party, delegationId, party);
    }
}
