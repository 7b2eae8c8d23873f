-- An Excel import goes into the leader's draft points or into the members' self-assessments;
-- the department's staff may import too (a province-wide file kept by the department).
alter table score_imports
    add column target varchar(6) not null default 'LEADER',
    add constraint ck_score_imports_target check (target in ('LEADER', 'SELF'));
