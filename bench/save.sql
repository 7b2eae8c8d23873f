-- One report save in one province per transaction (pgbench script; see bench/saves.sh): the
-- change of a report's state fires the data-version trigger of its province; the short sleep
-- stands for the rest of a save (scores, history, audit) inside the same transaction.
\set p :client_id + 1
begin;
update quarterly_reports set late = not late
 where id = (select min(r.id) from quarterly_reports r join clusters c on c.id = r.cluster_id
             where c.province_id = (select id from provinces order by id offset :p - 1 limit 1));
select pg_sleep(0.005);
commit;
