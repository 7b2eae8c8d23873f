-- Benchmark data at national scale, on top of the migrated schema with its reference and demo
-- data: 60 more provinces (63 in all) with about 11 units each (about 700 units), ten years
-- (2015–2024) of clusters, criteria sets of 25 criteria and four approved quarterly reports per
-- cluster and year, every member scored on every criterion: about 700,000 score rows.
-- Run with: psql -v ON_ERROR_STOP=1 -f bench/generate.sql <database>
\timing on
select setseed(0.2014);

-- provinces: two-digit codes not used by the reference data
insert into provinces (code, name)
select lpad(n::text, 2, '0'), 'Tỉnh thử nghiệm ' || n
from generate_series(1, 99) n
where lpad(n::text, 2, '0') not in (select code from provinces)
order by n
limit 60;

-- 11 units per new province, three-digit codes not used yet
with free_codes as (
    select lpad(n::text, 3, '0') as code, row_number() over (order by n) as i
    from generate_series(100, 999) n
    where lpad(n::text, 3, '0') not in (select code from units)
), new_provinces as (
    select id, row_number() over (order by id) as p
    from provinces where name like 'Tỉnh thử nghiệm %'
)
insert into units (province_id, code, name, type)
select np.id, fc.code, 'Huyện thử nghiệm ' || fc.code,
       case when (fc.i - 1) % 11 = 0 then 'THANH_PHO' when (fc.i - 1) % 11 = 1 then 'THI_XA' else 'HUYEN' end
from new_provinces np
join free_codes fc on fc.i between (np.p - 1) * 11 + 1 and np.p * 11;

-- criteria sets 2015–2024 for every province except the years that exist
insert into criteria_sets (province_id, year, name, status, published_at)
select p.id, y, 'Bộ tiêu chí năm ' || y, 'PUBLISHED', make_timestamptz(y, 1, 2, 8, 0, 0, 'Asia/Ho_Chi_Minh')
from provinces p cross join generate_series(2015, 2024) y;

insert into criteria (criteria_set_id, parent_id, code, field, title, max_points, kind, sort_order)
select s.id, null, g.code, g.field, g.title, g.max_points, g.kind, g.sort_order
from criteria_sets s
cross join (values
    ('1', 'GENERAL', 'Công tác chỉ đạo, điều hành', 20, 'SCORE', 10),
    ('2', 'PRESS', 'Báo chí, tuyên truyền', 15, 'SCORE', 20),
    ('3', 'PUBLISHING', 'Xuất bản, in, phát hành', 10, 'SCORE', 30),
    ('4', 'POST', 'Bưu chính', 10, 'SCORE', 40),
    ('5', 'TELECOM', 'Viễn thông, Internet', 15, 'SCORE', 50),
    ('6', 'IT', 'Công nghệ thông tin', 30, 'SCORE', 60),
    ('7', 'GENERAL', 'Điểm thưởng', 5, 'BONUS', 70),
    ('8', 'GENERAL', 'Điểm trừ', 10, 'PENALTY', 80)
) as g (code, field, title, max_points, kind, sort_order)
where s.year between 2015 and 2024;

-- 25 criteria: 5 + 3 + 2 + 2 + 3 + 5 + 2 + 3
insert into criteria (criteria_set_id, parent_id, code, field, title, max_points, kind, sort_order)
select g.criteria_set_id, g.id, g.code || '.' || c.n, g.field, 'Tiêu chí ' || g.code || '.' || c.n, c.max_points,
       g.kind, g.sort_order + c.n
from criteria g
join criteria_sets s on s.id = g.criteria_set_id and s.year between 2015 and 2024
join (values ('1', 1, 4), ('1', 2, 4), ('1', 3, 4), ('1', 4, 4), ('1', 5, 4),
             ('2', 1, 5), ('2', 2, 5), ('2', 3, 5), ('3', 1, 5), ('3', 2, 5), ('4', 1, 5), ('4', 2, 5),
             ('5', 1, 5), ('5', 2, 5), ('5', 3, 5),
             ('6', 1, 6), ('6', 2, 6), ('6', 3, 6), ('6', 4, 6), ('6', 5, 6),
             ('7', 1, 2.5), ('7', 2, 2.5), ('8', 1, 5), ('8', 2, 3), ('8', 3, 2)) as c (group_code, n, max_points)
    on c.group_code = g.code
where g.parent_id is null;

-- clusters: three per province and year, members by unit order, leader and deputy rotating yearly
create temporary table unit_slots as
select d.id as unit_id, d.province_id,
       row_number() over (partition by d.province_id order by d.code) - 1 as i,
       count(*) over (partition by d.province_id) as n
from units d
where d.valid_to is null;

insert into clusters (province_id, year, name, leader_unit_id, deputy_unit_id, note)
select s.province_id, y, 'Cụm ' || (k + 1),
       (select u.unit_id from unit_slots u where u.province_id = s.province_id and u.i % 3 = k
        order by (u.i + y) % greatest(1, (u.n / 3)::int), u.i limit 1),
       (select u.unit_id from unit_slots u where u.province_id = s.province_id and u.i % 3 = k
        order by (u.i + y) % greatest(1, (u.n / 3)::int), u.i offset 1 limit 1),
       null
from (select distinct province_id from unit_slots) s
cross join generate_series(2015, 2024) y
cross join generate_series(0, 2) k;

insert into cluster_members (cluster_id, year, unit_id)
select c.id, c.year, u.unit_id
from clusters c
join unit_slots u on u.province_id = c.province_id and u.i % 3 = (substring(c.name from 5)::int - 1)
where c.year between 2015 and 2024;

-- four approved reports per cluster and year
insert into quarterly_reports (cluster_id, year, quarter, status, results, next_focus, submitted_at, late,
                               approved_at, created_at, updated_at)
select c.id, c.year, q, 'APPROVED', 'Kết quả quý ' || q, 'Trọng tâm quý tới',
       make_timestamptz(c.year + (q / 4), (q * 3) % 12 + 1, 5, 9, 0, 0, 'Asia/Ho_Chi_Minh'), random() < 0.1,
       make_timestamptz(c.year + (q / 4), (q * 3) % 12 + 1, 12, 9, 0, 0, 'Asia/Ho_Chi_Minh'),
       make_timestamptz(c.year + (q / 4), (q * 3) % 12 + 1, 1, 9, 0, 0, 'Asia/Ho_Chi_Minh'),
       make_timestamptz(c.year + (q / 4), (q * 3) % 12 + 1, 12, 9, 0, 0, 'Asia/Ho_Chi_Minh')
from clusters c cross join generate_series(1, 4) q
where c.year between 2015 and 2024;

-- every member on every criterion
insert into scores (report_id, unit_id, criterion_id, max_points, self_points, leader_points, final_points)
select r.id, m.unit_id, cr.id, cr.max_points, p.points, p.points, p.points
from quarterly_reports r
join clusters c on c.id = r.cluster_id
join cluster_members m on m.cluster_id = c.id
join criteria_sets cs on cs.province_id = c.province_id and cs.year = c.year
join criteria cr on cr.criteria_set_id = cs.id and cr.parent_id is not null
cross join lateral (
    select round(cr.max_points * (case when cr.kind = 'PENALTY' then random() * 0.2 else 0.5 + random() * 0.5 end) * 2) / 2
        as points
) p
where r.year between 2015 and 2024;

drop table unit_slots;

-- what approval computes (ReportTotals), for the generated approved reports
insert into report_unit_totals (report_id, unit_id, general, press, publishing, post, telecom, it, bonus, penalty)
select s.report_id, s.unit_id,
       sum(case when cr.kind = 'SCORE' and cr.field = 'GENERAL' then s.final_points else 0 end),
       sum(case when cr.kind = 'SCORE' and cr.field = 'PRESS' then s.final_points else 0 end),
       sum(case when cr.kind = 'SCORE' and cr.field = 'PUBLISHING' then s.final_points else 0 end),
       sum(case when cr.kind = 'SCORE' and cr.field = 'POST' then s.final_points else 0 end),
       sum(case when cr.kind = 'SCORE' and cr.field = 'TELECOM' then s.final_points else 0 end),
       sum(case when cr.kind = 'SCORE' and cr.field = 'IT' then s.final_points else 0 end),
       sum(case when cr.kind = 'BONUS' then s.final_points else 0 end),
       sum(case when cr.kind = 'PENALTY' then s.final_points else 0 end)
from scores s
join quarterly_reports r on r.id = s.report_id and r.year between 2015 and 2024
join criteria cr on cr.id = s.criterion_id
group by s.report_id, s.unit_id;
analyze;

select (select count(*) from provinces) as provinces, (select count(*) from units) as units,
       (select count(*) from clusters) as clusters, (select count(*) from quarterly_reports) as reports,
       (select count(*) from scores) as scores;
