-- The dates each request put to the embassy, so that the rounds after a revision show what was asked
-- then, while the delegation's own dates follow the latest revision (Revise for the embassy).
alter table embassy_request add column departure_date date;
alter table embassy_request add column return_date date;

-- Requests made before the dates were kept on them asked for the delegation's dates of today.
update embassy_request set departure_date = (select d.departure_date from delegation d where d.id = embassy_request.delegation_id),
    return_date = (select d.return_date from delegation d where d.id = embassy_request.delegation_id);
