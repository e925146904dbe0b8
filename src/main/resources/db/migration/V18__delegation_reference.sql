-- Each delegation's reference for people: SAF-<year it was opened>-<its number in that year>, e.g.
-- SAF-2027-0042. It is the business key of its process instances (Cockpit shows it), and Tasklist, the
-- e-mails and the API name the delegation by it. The numbers of a year are counted in
-- delegation_reference_year, one row per year, whose update makes openings on any node wait for each
-- other: no number is given twice, and one whose opening rolled back is given again.
alter table delegation add column reference varchar(20);

create table delegation_reference_year (
    opened_year int primary key,
    last_number int not null
);

-- Delegations opened before references existed: numbered in the order they were opened, year by year.
update delegation set reference = 'SAF-' || cast(extract(year from opened_at) as varchar(4)) || '-'
    || lpad(cast((select count(*) from delegation earlier
                  where extract(year from earlier.opened_at) = extract(year from delegation.opened_at)
                    and earlier.id <= delegation.id) as varchar(10)), 4, '0');

insert into delegation_reference_year (opened_year, last_number)
select extract(year from opened_at), count(*) from delegation group by extract(year from opened_at);

alter table delegation alter column reference set not null;
alter table delegation add constraint delegation_reference_unique unique (reference);
