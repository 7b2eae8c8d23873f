-- a unit without an approved report for the period ranked is left out of the ranking
-- ("Chưa có báo cáo được duyệt"), as an exclusion the ranking finds rather than one the
-- department records: a finalized snapshot keeps it like the recorded ones
alter table ranking_decision_rows drop constraint ck_ranking_decision_rows_exclusion;
alter table ranking_decision_rows
    add constraint ck_ranking_decision_rows_exclusion
        check (exclusion is null or exclusion in ('KHONG_XET', 'CHUA_XET', 'NO_REPORT'));

-- the award list keeps, with each unit, whether its proposal was outside the year's rules
-- (a band or rank below the award's conditions), as it was when finalized
alter table award_decision_items add column outside_rules boolean not null default false;
