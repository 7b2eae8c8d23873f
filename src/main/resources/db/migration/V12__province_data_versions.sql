-- One number per province that changes, in the same transaction, with every change the rankings
-- page of that province can show: clusters and members, districts, reports and their approved
-- totals, ranking decisions, a user's name, role, district or state. Cached ranking data and the
-- page's ETag are keyed by it. Unlike V8's single row, a change in one province never waits for,
-- nor invalidates, another province's.
create table province_data_versions (
    province_id bigint primary key,
    version     bigint not null default 0,
    constraint fk_province_data_versions_province foreign key (province_id) references provinces (id)
        on delete cascade
);
insert into province_data_versions (province_id) select id from provinces;

create function bump_province_data_version(p_province_id bigint) returns void language sql as $$
    insert into province_data_versions (province_id, version) values (p_province_id, 1)
    on conflict (province_id) do update set version = province_data_versions.version + 1;
$$;

-- one trigger function per way a table reaches its province (plpgsql resolves every field of an
-- expression against the row's type, so one function cannot serve tables of different shapes)
create function province_data_changed_direct() returns trigger language plpgsql as $$
begin
    perform bump_province_data_version(case when tg_op = 'DELETE' then old.province_id else new.province_id end);
    return null;
end
$$;

create function province_data_changed_by_cluster() returns trigger language plpgsql as $$
begin
    perform bump_province_data_version(c.province_id) from clusters c
        where c.id = case when tg_op = 'DELETE' then old.cluster_id else new.cluster_id end;
    return null;
end
$$;

create function province_data_changed_by_report() returns trigger language plpgsql as $$
begin
    perform bump_province_data_version(c.province_id) from quarterly_reports r join clusters c on c.id = r.cluster_id
        where r.id = case when tg_op = 'DELETE' then old.report_id else new.report_id end;
    return null;
end
$$;

create function province_data_changed_by_decision() returns trigger language plpgsql as $$
begin
    perform bump_province_data_version(d.province_id) from ranking_decisions d
        where d.id = case when tg_op = 'DELETE' then old.decision_id else new.decision_id end;
    return null;
end
$$;

create function province_added() returns trigger language plpgsql as $$
begin
    insert into province_data_versions (province_id) values (new.id) on conflict do nothing;
    return null;
end
$$;

drop trigger tg_provinces_page_data on provinces;
drop trigger tg_districts_page_data on districts;
drop trigger tg_clusters_page_data on clusters;
drop trigger tg_cluster_members_page_data on cluster_members;
drop trigger tg_quarterly_reports_page_data on quarterly_reports;
drop trigger tg_report_district_totals_page_data on report_district_totals;
drop trigger tg_ranking_decisions_page_data on ranking_decisions;
drop trigger tg_ranking_decision_rows_page_data on ranking_decision_rows;
drop trigger tg_app_users_page_data on app_users;
drop function bump_page_data_version();
drop table page_data_version;

create trigger tg_provinces_data after insert on provinces
    for each row execute function province_added();
create trigger tg_districts_data after insert or update or delete on districts
    for each row execute function province_data_changed_direct();
create trigger tg_clusters_data after insert or update or delete on clusters
    for each row execute function province_data_changed_direct();
create trigger tg_cluster_members_data after insert or update or delete on cluster_members
    for each row execute function province_data_changed_by_cluster();
-- a report's page-visible state: status, lateness, its cluster (not every draft save)
create trigger tg_quarterly_reports_data after insert or delete on quarterly_reports
    for each row execute function province_data_changed_by_cluster();
create trigger tg_quarterly_reports_data_update after update of status, late, cluster_id, year, quarter
    on quarterly_reports for each row
    when (old.status is distinct from new.status or old.late is distinct from new.late
          or old.cluster_id is distinct from new.cluster_id)
    execute function province_data_changed_by_cluster();
create trigger tg_report_district_totals_data after insert or update or delete on report_district_totals
    for each row execute function province_data_changed_by_report();
create trigger tg_ranking_decisions_data after insert or update or delete on ranking_decisions
    for each row execute function province_data_changed_direct();
create trigger tg_ranking_decision_rows_data after insert or update or delete on ranking_decision_rows
    for each row execute function province_data_changed_by_decision();
-- a user's name is shown in the page's header, its role and district decide what it sees
create trigger tg_app_users_data after update of full_name, role, district_id, enabled, security_version
    on app_users for each row
    when (old.full_name is distinct from new.full_name or old.role is distinct from new.role
          or old.district_id is distinct from new.district_id or old.enabled is distinct from new.enabled
          or old.security_version is distinct from new.security_version)
    execute function province_data_changed_direct();

-- the signed-in user's class moved to another package: stored sessions of the earlier version
-- cannot be read back; everyone logs in again once
delete from spring_session;
