-- DEMO ONLY: approved quarterly reports for 2014 Q1–Q3 of every Nghệ An cluster, with varied,
-- repeatable scores (derived from md5, so every fresh database gets the same figures).

create function pg_temp.demo_rand(seed text) returns numeric language sql immutable as
$$ select (('x' || lpad(substr(md5(seed), 1, 7), 8, '0'))::bit(32)::int % 1000) / 1000.0 $$;

insert into quarterly_reports (cluster_id, year, quarter, status, results, difficulties, proposals, next_focus,
                               submitted_at, submitted_by, late, approved_at, approved_by, created_at, updated_at)
select c.id, c.year, q.quarter, 'APPROVED',
       'Các đơn vị trong ' || c.name || ' hoàn thành các chỉ tiêu quý ' || q.quarter
           || '; duy trì hộp thư điện tử công vụ và bộ phận một cửa.',
       'Kinh phí cho hệ thống truyền thanh cơ sở còn hạn chế; một số xã vùng sâu chưa có cáp quang.',
       'Đề nghị Sở hỗ trợ tập huấn an toàn thông tin cho cán bộ cấp huyện.',
       'Đẩy mạnh dịch vụ công trực tuyến và kiểm tra đại lý Internet.',
       s.submitted_at, leader.id, s.submitted_at > s.deadline,
       s.submitted_at + interval '5 days', staff.id, s.submitted_at - interval '3 days', s.submitted_at + interval '5 days'
from clusters c
join provinces p on p.id = c.province_id and p.code = '40'
cross join (values (1), (2), (3)) as q (quarter)
join app_users leader on leader.district_id = c.leader_district_id and leader.role = 'CLUSTER_LEADER'
join app_users staff on staff.username = 'chuyenvien'
cross join lateral (
    select make_timestamptz(2014, q.quarter * 3 + 1, 10, 23, 59, 59, 'Asia/Ho_Chi_Minh') as deadline,
           -- Cụm 3 sent its second-quarter report four days late
           make_timestamptz(2014, q.quarter * 3 + 1,
               case when c.name = 'Cụm 3' and q.quarter = 2 then 14 else 5 + q.quarter end,
               9, 30, 0, 'Asia/Ho_Chi_Minh') as submitted_at
) s
where c.year = 2014;

-- every member district × every leaf criterion; a district's level (0.55–0.98) plus noise
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
where r.year = 2014;

insert into score_changes (score_id, stage, old_points, new_points, changed_by, changed_at, reason)
select s.id, 'LEADER', null, s.leader_points, r.submitted_by, r.submitted_at - interval '1 day',
       'Cụm trưởng tổng hợp điểm (dữ liệu minh họa)'
from scores s
join quarterly_reports r on r.id = s.report_id
where r.year = 2014;

insert into audit_events (occurred_at, province_id, user_id, username, action, entity_type, entity_id, summary)
select r.approved_at, c.province_id, r.approved_by, 'chuyenvien', 'REPORT_APPROVED', 'QuarterlyReport', r.id,
       'Duyệt báo cáo quý ' || r.quarter || '/' || r.year || ' của ' || c.name || ' (dữ liệu minh họa)'
from quarterly_reports r
join clusters c on c.id = r.cluster_id
where r.year = 2014;
