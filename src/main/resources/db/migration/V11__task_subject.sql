-- What each user task is about: the delegation, and for a per-member task the member, as Safar found
-- them when the engine created the task. Listeners, form contexts and the guard read it here, never
-- from a variable, which anyone who may work the task can write. Kept after the task ends, like the
-- task's own history.
create table task_subject (
    task_id       varchar(64) primary key,
    delegation_id bigint      not null references delegation (id),
    member_id     bigint      references delegation_member (id)
);

create index task_subject_member on task_subject (delegation_id, member_id);
