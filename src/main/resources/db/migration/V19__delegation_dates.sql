-- A delegation's own departure and return days. They start as its programme's first and last day when
-- the programme is chosen, and change when the embassy asks for new dates (Revise for the embassy): the
-- timers of travel and debriefing, the per diem and every headline read them, not the programme's.
alter table delegation add column departure_date date;
alter table delegation add column return_date date;

-- Delegations whose programme was chosen before the dates were their own take the programme's.
update delegation set departure_date = (select p.start_date from programme p where p.id = delegation.programme_id),
    return_date = (select p.end_date from programme p where p.id = delegation.programme_id)
    where programme_id is not null;

create index delegation_departure on delegation (departure_date);
