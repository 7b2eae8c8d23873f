-- DEMO ONLY: Cụm 3 has also closed the fourth quarter of 2014 (approved), so the year's rankings
-- show a complete cluster with award proposals next to clusters whose fourth quarter is still
-- missing. Same repeatable scores as V5_2.

create or replace function pg_temp.demo_rand(seed text) returns numeric language sql immutable as
$$ select (('x' || lpad(substr(md5(seed), 1, 7), 8, '0'))::bit(32)::int % 1000) / 1000.0 $$;

insert into quarterly_reports (cluster_id, year, quarter, status, results, difficulties, proposals, next_focus,
                               submitted_at, submitted_by, late, approved_at, approved_by, created_at, updated_at)
select c.id, 2014, 4, 'APPROVED',
       'Các đơn vị trong ' || c.name || ' hoàn thành các chỉ tiêu năm 2014.',
       'Địa bàn miền núi rộng, hạ tầng viễn thông ở các xã biên giới còn thiếu.',
       'Đề nghị Sở ưu tiên hỗ trợ phát triển điểm bưu điện – văn hóa xã vùng cao.',
       'Tổng kết năm 2014, xây dựng kế hoạch năm 2015.',
       timestamp with time zone '2015-01-08 09:30:00+07', leader.id, false,
       timestamp with time zone '2015-01-13 09:30:00+07', staff.id,
       timestamp with time zone '2015-01-05 09:30:00+07', timestamp with time zone '2015-01-13 09:30:00+07'
from clusters c
join provinces p on p.id = c.province_id and p.code = '40'
join app_users leader on leader.district_id = c.leader_district_id and leader.role = 'CLUSTER_LEADER'
join app_users staff on staff.username = 'chuyenvien'
where c.year = 2014 and c.name = 'Cụm 3';

insert into scores (report_id, district_id, criterion_id, max_points, self_points, leader_points, final_points)
select r.id, m.district_id, cr.id, cr.max_points, pts.points, pts.points, pts.points
from quarterly_reports r
join clusters c on c.id = r.cluster_id
join cluster_members m on m.cluster_id = c.id
join districts d on d.id = m.district_id
join criteria_sets cs on cs.province_id = c.province_id and cs.year = c.year
join criteria cr on cr.criteria_set_id = cs.id and cr.parent_id is not null
cross join lateral (
    select 0.55 + 0.43 * pg_temp.demo_rand(d.code) as level,
           pg_temp.demo_rand(d.code || '/' || cr.code || '/' || r.quarter) - 0.5 as noise
) v
cross join lateral (
    select least(cr.max_points, greatest(0, round(2 * cr.max_points * case cr.kind
        when 'SCORE' then least(1, greatest(0, v.level + 0.3 * v.noise))
        when 'BONUS' then greatest(0, v.level - 0.8 + 0.4 * v.noise) * 2
        else greatest(0, 0.75 - v.level + 0.5 * v.noise) * 0.8
    end) / 2)) as points
) pts
where r.year = 2014 and r.quarter = 4;

insert into score_changes (score_id, stage, old_points, new_points, changed_by, changed_at, reason)
select s.id, 'LEADER', null, s.leader_points, r.submitted_by, r.submitted_at - interval '1 day',
       'Cụm trưởng tổng hợp điểm (dữ liệu minh họa)'
from scores s
join quarterly_reports r on r.id = s.report_id
where r.year = 2014 and r.quarter = 4;
