-- A delegation holds at most one budget reservation, and the database says so: a reservation made
-- again (a job run a second time, two nodes at once, an operator's retry) is refused instead of
-- taking the money twice. held_for is the delegation's id while the reservation is held and null
-- once it is released; a partial unique index would say the same, but H2 has none.
-- Written for H2 and PostgreSQL.

alter table budget_reservation add column held_for bigint;

update budget_reservation set held_for = delegation_id where status = 'HELD';

alter table budget_reservation add constraint budget_reservation_held_once unique (held_for);
