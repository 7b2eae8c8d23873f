-- Benchmark data for the whole country after the reform of 1/7/2025, on top of the migrated
-- schema with its reference and demo data (Nghệ An's 130 real communes, its 2026 demo year):
-- the 33 other provinces of today get 96 communes and wards each (3,298 commune-level units in
-- all), five years of clusters of 14 (2026–2030; Nghệ An 2027–2031 beside its 2026 demo),
-- criteria sets of 30 scored criteria, four approved quarters per cluster and year, every member
-- scored on every criterion: about 2,000,000 score rows. For the report editor at this scale
-- the demo's commune leader (cumtruong.xa, Yên Xuân) leads a cluster of 14 in 2027.
-- Run with: psql -v ON_ERROR_STOP=1 -f bench/generate.sql <database>
\timing on
select setseed(0.2026);

-- communes and wards of the 33 provinces of today other than Nghệ An: five-digit codes not used
create temporary table bench_provinces as
select id, code, row_number() over (order by code) as p
from provinces where valid_to is null and code <> '40';

insert into units (province_id, code, name, type, level, valid_from)
select bp.id, fc.code,
       case when fc.i % 6 = 0 then 'Phường thử nghiệm ' else 'Xã thử nghiệm ' end || fc.code,
       case when fc.i % 6 = 0 then 'PHUONG' else 'XA' end, 'COMMUNE_LEVEL', date '2025-07-01'
from bench_provinces bp
join (select lpad(n::text, 5, '0') as code, row_number() over (order by n) as i
      from generate_series(50000, 99999) n
      where lpad(n::text, 5, '0') not in (select code from units)) fc
  on fc.i between (bp.p - 1) * 96 + 1 and bp.p * 96;

-- the years: five per province
create temporary table bench_years as
select bp.id as province_id, y as year from bench_provinces bp cross join generate_series(2026, 2030) y
union all
select p.id, y from provinces p cross join generate_series(2027, 2031) y where p.code = '40' and p.valid_to is null;

-- criteria sets: six groups of five criteria (100 points), a bonus and a penalty group
insert into criteria_sets (province_id, year, name, status, published_at)
select province_id, year, 'Bộ tiêu chí thi đua cấp xã năm ' || year, 'PUBLISHED',
       make_timestamptz(year, 1, 5, 8, 0, 0, 'Asia/Ho_Chi_Minh')
from bench_years;

insert into criteria (criteria_set_id, parent_id, code, field, title, max_points, kind, sort_order)
select s.id, null, g.code, g.field, g.title, g.max_points, g.kind, g.sort_order
from criteria_sets s
join bench_years y on y.province_id = s.province_id and y.year = s.year
cross join (values
    ('1', 'GENERAL', 'Chỉ đạo, điều hành', 15, 'SCORE', 10),
    ('2', 'IT', 'Dịch vụ công trực tuyến', 20, 'SCORE', 20),
    ('3', 'TELECOM', 'Hạ tầng số', 20, 'SCORE', 30),
    ('4', 'IT', 'An toàn thông tin, kỹ năng số', 20, 'SCORE', 40),
    ('5', 'GENERAL', 'Khoa học, công nghệ và đổi mới sáng tạo', 15, 'SCORE', 50),
    ('6', 'POST', 'Bưu chính', 10, 'SCORE', 60),
    ('7', 'GENERAL', 'Điểm thưởng', 5, 'BONUS', 70),
    ('8', 'GENERAL', 'Điểm trừ', 10, 'PENALTY', 80)
) as g (code, field, title, max_points, kind, sort_order);

-- 30 scored criteria (five in each of the six groups), two bonus, three penalty
insert into criteria (criteria_set_id, parent_id, code, field, title, max_points, kind, sort_order)
select g.criteria_set_id, g.id, g.code || '.' || n, g.field, 'Tiêu chí ' || g.code || '.' || n,
       case g.kind when 'BONUS' then 2.5 when 'PENALTY' then round(g.max_points / 3.0, 2)
           else g.max_points / 5.0 end,
       g.kind, g.sort_order + n
from criteria g
join criteria_sets s on s.id = g.criteria_set_id
join bench_years y on y.province_id = s.province_id and y.year = s.year
cross join generate_series(1, 5) n
where g.parent_id is null and (g.kind = 'SCORE' or (g.kind = 'BONUS' and n <= 2) or (g.kind = 'PENALTY' and n <= 3));

-- clusters of 14 communes in code order (Nghệ An: in the order of its former districts, as the
-- demo), leader and deputy rotating yearly
create temporary table bench_slots as
select u.id as unit_id, u.province_id,
       row_number() over (partition by u.province_id
                          order by (select min(d.code) from unit_lineage l join units o on o.id = l.predecessor_id
                                    join units d on d.id = o.parent_id where l.unit_id = u.id), u.code) - 1 as i
from units u
where u.level = 'COMMUNE_LEVEL' and u.valid_to is null and u.valid_from = date '2025-07-01'
  and u.province_id in (select province_id from bench_years);

insert into clusters (province_id, year, name, leader_unit_id, deputy_unit_id, note)
select k.province_id, y.year, 'Cụm ' || (k.no + 1),
       (select s.unit_id from bench_slots s where s.province_id = k.province_id and s.i / 14 = k.no
        order by (s.i + y.year) % 14, s.i limit 1),
       (select s.unit_id from bench_slots s where s.province_id = k.province_id and s.i / 14 = k.no
        order by (s.i + y.year) % 14, s.i offset 1 limit 1),
       null
from (select distinct province_id, i / 14 as no from bench_slots) k
join bench_years y on y.province_id = k.province_id;

insert into cluster_members (cluster_id, year, unit_id)
select c.id, c.year, s.unit_id
from clusters c
join bench_years y on y.province_id = c.province_id and y.year = c.year
join bench_slots s on s.province_id = c.province_id and s.i / 14 = substring(c.name from 5)::int - 1;

-- the demo's commune leader leads its own cluster of 14 in 2027 (the editor at scale)
update clusters c set leader_unit_id = a.unit_id,
       deputy_unit_id = case when c.deputy_unit_id = a.unit_id then c.leader_unit_id else c.deputy_unit_id end
from app_users a, cluster_members m
where a.username = 'cumtruong.xa' and m.unit_id = a.unit_id and m.cluster_id = c.id and c.year = 2027;

-- four approved reports per cluster and year (the 2027 cluster of cumtruong.xa keeps Q1 open
-- for its leader: the editor's page)
insert into quarterly_reports (cluster_id, year, quarter, status, results, next_focus, submitted_at, late,
                               approved_at, created_at, updated_at)
select c.id, c.year, q, 'APPROVED', 'Kết quả quý ' || q, 'Trọng tâm quý tới',
       make_timestamptz(c.year + (q / 4), (q * 3) % 12 + 1, 5, 9, 0, 0, 'Asia/Ho_Chi_Minh'), random() < 0.1,
       make_timestamptz(c.year + (q / 4), (q * 3) % 12 + 1, 12, 9, 0, 0, 'Asia/Ho_Chi_Minh'),
       make_timestamptz(c.year + (q / 4), (q * 3) % 12 + 1, 1, 9, 0, 0, 'Asia/Ho_Chi_Minh'),
       make_timestamptz(c.year + (q / 4), (q * 3) % 12 + 1, 12, 9, 0, 0, 'Asia/Ho_Chi_Minh')
from clusters c
join bench_years y on y.province_id = c.province_id and y.year = c.year
cross join generate_series(1, 4) q
where not (c.year = 2027 and q = 1
           and c.leader_unit_id = (select unit_id from app_users where username = 'cumtruong.xa'));

-- every member on every criterion
insert into scores (report_id, unit_id, criterion_id, max_points, self_points, leader_points, final_points)
select r.id, m.unit_id, cr.id, cr.max_points, p.points, p.points, p.points
from quarterly_reports r
join clusters c on c.id = r.cluster_id
join bench_years y on y.province_id = c.province_id and y.year = c.year
join cluster_members m on m.cluster_id = c.id
join criteria_sets cs on cs.province_id = c.province_id and cs.year = c.year
join criteria cr on cr.criteria_set_id = cs.id and cr.parent_id is not null
cross join lateral (
    select round(cr.max_points * (case when cr.kind = 'PENALTY' then random() * 0.2 else 0.5 + random() * 0.5 end) * 2) / 2
        as points
) p;

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
join quarterly_reports r on r.id = s.report_id and r.status = 'APPROVED'
join clusters c on c.id = r.cluster_id
join bench_years y on y.province_id = c.province_id and y.year = c.year
join criteria cr on cr.id = s.criterion_id
group by s.report_id, s.unit_id;

drop table bench_slots;
drop table bench_years;
drop table bench_provinces;
analyze;

select (select count(*) from provinces where valid_to is null) as provinces_today,
       (select count(*) from units where level = 'COMMUNE_LEVEL' and valid_to is null) as communes,
       (select count(*) from clusters) as clusters, (select count(*) from quarterly_reports) as reports,
       (select count(*) from scores) as scores;
