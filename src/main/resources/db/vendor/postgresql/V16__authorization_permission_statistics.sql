-- Statistics on the permission bits of Camunda's authorizations, which Tasklist's queries need and
-- Camunda's schema lacks (TasklistQueryBenchmark, docs/BENCHMARKS.md).
--
-- With authorization on, every task query joins the caller's authorizations and filters them with
-- "PERMS_ & ? = ?". PostgreSQL keeps no statistics on that expression and guesses 0.5 %: it then expects
-- a few dozen of a group's task authorizations where there are thousands, and compares every task with
-- every one of them (a minute for a group's 12,000 open tasks) instead of looking up each task's
-- authorizations in the index on RESOURCE_ID_ (a second on the same, loaded, machine). The statistics
-- count only for plans made with the parameters' values, which engine.TaskQueryPlansPlugin asks for in
-- the task queries. H2 needs nothing of the kind: it looks each task's authorizations up by index anyway.
--
-- READ on a task (2) and READ_TASK on a process definition (64): the bits Tasklist's queries test.
-- "if not exists": databases made before Flyway owned Camunda's tables have them already, from the engine
-- plugin that created them at every start. The analyze fills them for the authorizations already there;
-- from then on PostgreSQL's autovacuum keeps them current as it analyzes the table.
create statistics if not exists safar_stat_auth_perms on (PERMS_ & 2), (PERMS_ & 64) from ACT_RU_AUTHORIZATION;

analyze ACT_RU_AUTHORIZATION;
