-- A passport belongs to one person: the registry checks this before it adds someone, and the unique
-- key decides when two officers add the same person at the same moment. Staff without a passport
-- (null) are not counted against each other, on H2 as on PostgreSQL.
alter table staff_member add constraint staff_member_passport_once unique (passport_number);
