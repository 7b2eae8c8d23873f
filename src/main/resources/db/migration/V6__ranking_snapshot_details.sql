-- A finalized ranking is a snapshot that later score changes never alter: keep with each row
-- everything the rankings page and the export show, not only the annual score.
alter table ranking_decision_rows
    add column general_points    numeric(6,2) not null default 0,
    add column press_points      numeric(6,2) not null default 0,
    add column publishing_points numeric(6,2) not null default 0,
    add column post_points       numeric(6,2) not null default 0,
    add column telecom_points    numeric(6,2) not null default 0,
    add column bonus_points      numeric(6,2) not null default 0,
    add column penalty_points    numeric(6,2) not null default 0,
    add column q1_total          numeric(6,2),
    add column q2_total          numeric(6,2),
    add column q3_total          numeric(6,2),
    add column q4_total          numeric(6,2),
    add column late_quarters     varchar(7)   not null default '',
    add column default_award     varchar(12)  not null default 'NONE',
    add constraint ck_ranking_decision_rows_default_award check (default_award in ('NONE', 'CO_THI_DUA', 'BANG_KHEN')),
    -- an award other than the rule's needs the director's reason
    add constraint ck_ranking_decision_rows_override check (
        proposed_award = default_award or coalesce(length(trim(override_reason)), 0) > 0),
    add constraint ck_ranking_decision_rows_late check (late_quarters ~ '^([1-4](,[1-4]){0,3})?$');

create index ix_ranking_decisions_province_year on ranking_decisions (province_id, year);
