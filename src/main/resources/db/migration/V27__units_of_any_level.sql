-- Units of any level (issue 25). Since 1 July 2025 local government has two tiers, province and
-- commune; a cluster's member is a unit (đơn vị) of a level: district-level (huyện, thị xã,
-- thành phố thuộc tỉnh) until 30/6/2025, commune-level (xã, phường, đặc khu; thị trấn before the
-- reform), or a provincial agency (sở, ban, ngành) for blocks (khối thi đua). The code's word
-- "district" becomes "unit": tables, columns, constraints and the officer's role are renamed here,
-- no earlier migration is edited.

alter table districts rename to units;
alter table units rename constraint fk_districts_province to fk_units_province;
alter table units rename constraint uk_districts_code_period to uk_units_code_period;
alter table units rename constraint ck_districts_validity to ck_units_validity;
alter table units drop constraint ck_districts_code;
alter table units drop constraint ck_districts_type;
alter index ix_districts_province rename to ix_units_province;
alter trigger tg_districts_data on units rename to tg_units_data;

alter table report_district_totals rename to report_unit_totals;
alter table report_unit_totals rename column district_id to unit_id;
alter table report_unit_totals rename constraint pk_report_district_totals to pk_report_unit_totals;
alter table report_unit_totals rename constraint fk_report_district_totals_report to fk_report_unit_totals_report;
alter table report_unit_totals rename constraint fk_report_district_totals_district to fk_report_unit_totals_unit;
alter trigger tg_report_district_totals_data on report_unit_totals rename to tg_report_unit_totals_data;

alter table app_users rename column district_id to unit_id;
alter table app_users rename constraint fk_app_users_district to fk_app_users_unit;
alter table app_users drop constraint ck_app_users_district;
alter table app_users drop constraint ck_app_users_role;
-- the officer of a member unit (was DISTRICT)
update app_users set role = 'UNIT' where role = 'DISTRICT';
alter table app_users add constraint ck_app_users_role
    check (role in ('ADMIN', 'DIRECTOR', 'STAFF', 'CLUSTER_LEADER', 'UNIT'));
-- cluster leaders and unit officers act for one unit; department roles for none
alter table app_users add constraint ck_app_users_unit
    check ((role in ('CLUSTER_LEADER', 'UNIT')) = (unit_id is not null));

alter table attachments rename column district_id to unit_id;
alter table attachments rename constraint fk_attachments_district to fk_attachments_unit;
alter table award_decision_items rename column district_id to unit_id;
alter table award_decision_items rename column district_name to unit_name;
alter table award_reviews rename column district_id to unit_id;
alter table award_reviews rename constraint fk_award_reviews_district to fk_award_reviews_unit;
alter table closing_candidates rename column district_id to unit_id;
alter table closing_candidates rename constraint fk_closing_candidates_district to fk_closing_candidates_unit;
alter table closing_voters rename column district_id to unit_id;
alter table closing_voters rename constraint fk_closing_voters_district to fk_closing_voters_unit;
alter table cluster_members rename column district_id to unit_id;
alter table cluster_members rename constraint fk_cluster_members_district to fk_cluster_members_unit;
alter table cluster_members rename constraint uk_cluster_members_cluster_district to uk_cluster_members_cluster_unit;
alter table cluster_members rename constraint uk_cluster_members_district_year to uk_cluster_members_unit_year;
alter table clusters rename column leader_district_id to leader_unit_id;
alter table clusters rename column deputy_district_id to deputy_unit_id;
alter table covenant_registrations rename column district_id to unit_id;
alter table covenant_registrations rename constraint fk_covenant_registrations_district to fk_covenant_registrations_unit;
alter table follow_up_tasks rename column responsible_district_id to responsible_unit_id;
-- the department's own office responsible for a task (free text), beside a unit
alter table follow_up_tasks rename column responsible_unit to responsible_office;
alter table follow_up_tasks rename constraint fk_follow_up_tasks_district to fk_follow_up_tasks_unit;
alter table meeting_participants rename column district_id to unit_id;
alter table meeting_participants rename constraint fk_meeting_participants_district to fk_meeting_participants_unit;
alter table meetings rename column host_district_id to host_unit_id;
alter table meetings rename constraint fk_meetings_host_district to fk_meetings_host_unit;
alter table ranking_decision_rows rename column district_id to unit_id;
alter table ranking_decision_rows rename constraint fk_ranking_decision_rows_district to fk_ranking_decision_rows_unit;
alter table ranking_decision_rows rename constraint uk_ranking_decision_rows_district to uk_ranking_decision_rows_unit;
alter table scores rename column district_id to unit_id;
alter table scores rename constraint fk_scores_district to fk_scores_unit;
alter table scores rename constraint uk_scores_report_district_criterion to uk_scores_report_unit_criterion;
alter index ix_scores_district rename to ix_scores_unit;
alter table year_exclusions rename column district_id to unit_id;
alter table year_exclusions rename constraint fk_year_exclusions_district to fk_year_exclusions_unit;

-- the level of a unit, its type within the level, and the code that level uses: the statistics
-- office's 3 digits for a district-level unit, 5 digits for a commune-level one, the province's
-- own code (letters, digits, dots, hyphens) for an agency
alter table units add column level varchar(16);
update units set level = 'DISTRICT_LEVEL';
alter table units alter column level set not null;
alter table units alter column code type varchar(12);
alter table units add constraint ck_units_level check (level in ('DISTRICT_LEVEL', 'COMMUNE_LEVEL', 'AGENCY'));
alter table units add constraint ck_units_type check (
    (level = 'DISTRICT_LEVEL' and type in ('THANH_PHO', 'THI_XA', 'HUYEN'))
    or (level = 'COMMUNE_LEVEL' and type in ('XA', 'PHUONG', 'THI_TRAN', 'DAC_KHU'))
    or (level = 'AGENCY' and type in ('SO', 'BAN_NGANH', 'CO_QUAN')));
alter table units add constraint ck_units_code check (
    (level = 'DISTRICT_LEVEL' and code ~ '^[0-9]{3}$')
    or (level = 'COMMUNE_LEVEL' and code ~ '^[0-9]{5}$')
    or (level = 'AGENCY' and code ~ '^[A-Z0-9][A-Z0-9.-]{0,11}$'));
-- the unit it lay within (a commune in its district before the reform)
alter table units add column parent_id bigint;
alter table units add constraint fk_units_parent foreign key (parent_id) references units (id);
alter table units add constraint ck_units_parent check (parent_id is null or parent_id <> id);
create index ix_units_parent on units (parent_id);
create index ix_units_code on units (code);

-- lineage: the units a unit was formed from, when and how (merged, split, renamed, changed level
-- or type); every earlier year stays under the unit that existed then
create table unit_lineage (
    unit_id         bigint      not null,
    predecessor_id  bigint      not null,
    effective       date        not null,
    kind            varchar(16) not null,
    constraint pk_unit_lineage primary key (unit_id, predecessor_id),
    constraint fk_unit_lineage_unit foreign key (unit_id) references units (id),
    constraint fk_unit_lineage_predecessor foreign key (predecessor_id) references units (id),
    constraint ck_unit_lineage_self check (unit_id <> predecessor_id),
    constraint ck_unit_lineage_kind check (kind in ('MERGED', 'SPLIT', 'RENAMED', 'RETYPED', 'CONTINUED'))
);
create index ix_unit_lineage_predecessor on unit_lineage (predecessor_id);

-- provinces over time: 63 became 34 on 1/7/2025; a merged province keeps the code of the one that
-- hosts its centre, so a code is unique per period only
alter table provinces add column valid_from date;
alter table provinces add column valid_to date;
alter table provinces drop constraint uk_provinces_code;
alter table provinces add constraint uk_provinces_code_period unique nulls not distinct (code, valid_from);
alter table provinces add constraint ck_provinces_validity
    check (valid_to is null or valid_from is null or valid_to >= valid_from);
create table province_lineage (
    province_id     bigint not null,
    predecessor_id  bigint not null,
    effective       date   not null,
    constraint pk_province_lineage primary key (province_id, predecessor_id),
    constraint fk_province_lineage_province foreign key (province_id) references provinces (id),
    constraint fk_province_lineage_predecessor foreign key (predecessor_id) references provinces (id),
    constraint ck_province_lineage_self check (province_id <> predecessor_id)
);
create index ix_province_lineage_predecessor on province_lineage (predecessor_id);

-- the organizing department of a province's clusters, per period: its names, the body above it,
-- the place its documents are dated at, its head's title and the sector the clusters belong to
create table departments (
    id              bigint generated by default as identity primary key,
    province_id     bigint       not null,
    valid_from      date,
    valid_to        date,
    name            varchar(200) not null,
    short_name      varchar(60)  not null,
    symbol          varchar(20)  not null,
    governing_body  varchar(200) not null,
    governing_body_short varchar(100) not null,
    place           varchar(100) not null,
    head_title      varchar(100) not null,
    sector          varchar(200) not null,
    constraint fk_departments_province foreign key (province_id) references provinces (id),
    constraint uk_departments_period unique nulls not distinct (province_id, valid_from),
    constraint ck_departments_validity check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create trigger tg_departments_data after insert or update or delete on departments
    for each row execute function province_data_changed_direct();

-- the signed-in user's class changed (its unit): stored sessions cannot be read back
delete from spring_session;
