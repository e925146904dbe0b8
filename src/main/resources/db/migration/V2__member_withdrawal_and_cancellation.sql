-- A member can be withdrawn from a delegation without stopping the others; a delegation can be
-- cancelled at any stage. Both with a reason, a person and a time.

alter table delegation_member add column withdrawn_reason varchar(2000);
alter table delegation_member add column withdrawn_by varchar(64);
alter table delegation_member add column withdrawn_at timestamp;

alter table delegation add column cancelled_by varchar(64);
