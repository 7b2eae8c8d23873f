-- One number that changes, in the same transaction, with every change a cached page can show
-- (rankings: clusters and members, districts, reports and their approved totals, ranking
-- decisions, the finalizer's name). Pages rendered at version n are served from memory while
-- the version is n; since the number is a row updated inside the writing transaction, it
-- becomes visible to other instances exactly when the data does.
create table page_data_version (
    id      boolean primary key default true constraint ck_page_data_version_single check (id),
    version bigint  not null
);
insert into page_data_version (id, version) values (true, 0);

create function bump_page_data_version() returns trigger language plpgsql as $$
begin
    update page_data_version set version = version + 1;
    return null;
end
$$;

create trigger tg_provinces_page_data after insert or update or delete or truncate on provinces
    for each statement execute function bump_page_data_version();
create trigger tg_districts_page_data after insert or update or delete or truncate on districts
    for each statement execute function bump_page_data_version();
create trigger tg_clusters_page_data after insert or update or delete or truncate on clusters
    for each statement execute function bump_page_data_version();
create trigger tg_cluster_members_page_data after insert or update or delete or truncate on cluster_members
    for each statement execute function bump_page_data_version();
create trigger tg_quarterly_reports_page_data after insert or update or delete or truncate on quarterly_reports
    for each statement execute function bump_page_data_version();
create trigger tg_report_district_totals_page_data after insert or update or delete or truncate on report_district_totals
    for each statement execute function bump_page_data_version();
create trigger tg_ranking_decisions_page_data after insert or update or delete or truncate on ranking_decisions
    for each statement execute function bump_page_data_version();
create trigger tg_ranking_decision_rows_page_data after insert or update or delete or truncate on ranking_decision_rows
    for each statement execute function bump_page_data_version();
-- a user's name is shown as the finalizer; failed-login counters and the like are not
create trigger tg_app_users_page_data after update of full_name on app_users
    for each row when (old.full_name is distinct from new.full_name) execute function bump_page_data_version();
