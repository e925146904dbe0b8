-- Who has had work on a delegation: each group its tasks were offered to and each person who took
-- one. The domain API shows a delegation to its parties (see DelegationAccess); rows are only added.
create table delegation_party (
    delegation_id bigint       not null references delegation (id),
    party         varchar(100) not null,
    primary key (delegation_id, party)
);
