-- What the embassy liaison told the host of a cancellation, who and when: kept with the delegation
-- (before, the note stayed only in the engine's history of the task).
alter table delegation add column host_informed_note varchar(2000);
alter table delegation add column host_informed_by varchar(64);
alter table delegation add column host_informed_at timestamp;
