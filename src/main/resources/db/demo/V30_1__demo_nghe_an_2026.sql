-- DEMO ONLY: Nghệ An's 2026 under the Sở Khoa học và Công nghệ, a two-tier province. Ten
-- clusters of the 130 communes and wards (13 each), grouped in the order of the former districts
-- their communes lay in: an illustrative grouping the UI says is one (the department decides the
-- real one). A 2026 criteria set for the sector's work in communes, the 2026 rules with the band
-- floors of the province's 2025 scoring rules and their legal basis, Q1–Q3 reports approved with
-- varied, repeatable scores (md5, as for 2014), and two demo accounts (password Demo@2014).

create function pg_temp.demo_rand_2026(seed text) returns numeric language sql immutable as
$$ select (('x' || lpad(substr(md5(seed), 1, 7), 8, '0'))::bit(32)::int % 1000) / 1000.0 $$;

-- each commune of 1/7/2025 with the former district of its first predecessor
create temporary table demo_communes on commit drop as
with communes as (
    select u.id, u.code, u.name, u.province_id,
           (select min(d.code) from unit_lineage l
                join units o on o.id = l.predecessor_id
                join units d on d.id = o.parent_id
            where l.unit_id = u.id) as district_code
    from units u
    join provinces p on p.id = u.province_id and p.code = '40'
    where u.level = 'COMMUNE_LEVEL' and u.valid_from = date '2025-07-01'
)
select c.*, (row_number() over (order by c.district_code, c.code) - 1) / 13 + 1 as cluster_no,
       row_number() over (partition by 0 order by c.district_code, c.code) as n
from communes c;

create temporary table demo_clusters on commit drop as
select m.cluster_no,
       'Cụm ' || m.cluster_no || ' (xã, phường thuộc ' || string_agg(distinct d.name, ', ') || ' cũ)' as name,
       (select c.id from demo_communes c where c.cluster_no = m.cluster_no order by c.n limit 1) as leader_id,
       (select c.id from demo_communes c where c.cluster_no = m.cluster_no order by c.n offset 1 limit 1) as deputy_id
from demo_communes m
join units d on d.code = m.district_code and d.province_id = m.province_id and d.level = 'DISTRICT_LEVEL'
group by m.cluster_no;

insert into clusters (province_id, year, name, leader_unit_id, deputy_unit_id, note)
select p.id, 2026, c.name, c.leader_id, c.deputy_id, 'ILLUSTRATIVE_GROUPING'
from demo_clusters c cross join provinces p where p.code = '40'
order by c.cluster_no;

insert into cluster_members (cluster_id, year, unit_id)
select k.id, 2026, m.id
from demo_communes m
join demo_clusters c on c.cluster_no = m.cluster_no
join clusters k on k.year = 2026 and k.name = c.name and k.province_id = m.province_id;

-- the 2026 criteria: digital transformation in communes, science and innovation, post and
-- telecommunications (100 points), a bonus group (5) and a penalty group (10)
insert into criteria_sets (province_id, year, name, status, published_at)
select id, 2026, 'Bộ tiêu chí thi đua cấp xã lĩnh vực khoa học, công nghệ và chuyển đổi số năm 2026', 'PUBLISHED',
       timestamp with time zone '2026-01-05 08:00:00+07'
from provinces where code = '40';

insert into criteria (criteria_set_id, parent_id, code, field, title, max_points, kind, sort_order)
select s.id, null, g.code, g.field, g.title, g.max_points, g.kind, g.sort_order
from criteria_sets s
join provinces p on p.id = s.province_id and p.code = '40'
cross join (values
    ('1', 'GENERAL', 'Chỉ đạo, điều hành và chế độ báo cáo', 15, 'SCORE', 10),
    ('2', 'IT', 'Dịch vụ công trực tuyến', 20, 'SCORE', 20),
    ('3', 'TELECOM', 'Hạ tầng số', 15, 'SCORE', 30),
    ('4', 'IT', 'An toàn thông tin', 15, 'SCORE', 40),
    ('5', 'IT', 'Kỹ năng số và chuyển đổi số cộng đồng', 15, 'SCORE', 50),
    ('6', 'GENERAL', 'Khoa học, công nghệ và đổi mới sáng tạo', 10, 'SCORE', 60),
    ('7', 'POST', 'Bưu chính, viễn thông', 10, 'SCORE', 70),
    ('8', 'GENERAL', 'Điểm thưởng', 5, 'BONUS', 80),
    ('9', 'GENERAL', 'Điểm trừ', 10, 'PENALTY', 90)
) as g (code, field, title, max_points, kind, sort_order)
where s.year = 2026;

insert into criteria (criteria_set_id, parent_id, code, field, title, max_points, kind, sort_order,
                      measure_unit, measure_target, measure_direction, measure_formula)
select s.id, g.id, c.code, g.field, c.title, c.max_points, g.kind, g.sort_order + c.position,
       c.unit, c.target, case when c.unit is not null then 'HIGHER' end, case when c.unit is not null then 'PROPORTIONAL' end
from criteria_sets s
join provinces p on p.id = s.province_id and p.code = '40'
cross join (values
    ('1', '1.1', 'Ban hành kế hoạch chuyển đổi số, khoa học và công nghệ năm 2026 của xã', 5, 1, null, null),
    ('1', '1.2', 'Báo cáo định kỳ đầy đủ, đúng hạn', 5, 2, null, null),
    ('1', '1.3', 'Tham gia sinh hoạt cụm và hội nghị của Sở', 5, 3, null, null),
    ('2', '2.1', 'Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến (chỉ tiêu 80%)', 10, 1, 'PERCENT', 80),
    ('2', '2.2', 'Tỷ lệ hồ sơ được số hóa, trả kết quả điện tử (chỉ tiêu 90%)', 10, 2, 'PERCENT', 90),
    ('3', '3.1', 'Tỷ lệ thôn, bản, khối phố có sóng di động băng rộng (chỉ tiêu 100%)', 8, 1, 'PERCENT', 100),
    ('3', '3.2', 'Tỷ lệ hộ gia đình có cáp quang (chỉ tiêu 85%)', 7, 2, 'PERCENT', 85),
    ('4', '4.1', 'Hệ thống thông tin được phê duyệt cấp độ an toàn thông tin', 8, 1, null, null),
    ('4', '4.2', 'Không để xảy ra sự cố mất an toàn thông tin', 7, 2, null, null),
    ('5', '5.1', 'Tỷ lệ cán bộ, công chức xã được bồi dưỡng kỹ năng số (chỉ tiêu 100%)', 8, 1, 'PERCENT', 100),
    ('5', '5.2', 'Tổ công nghệ số cộng đồng hoạt động thường xuyên', 7, 2, null, null),
    ('6', '6.1', 'Sáng kiến, mô hình ứng dụng khoa học và công nghệ', 5, 1, null, null),
    ('6', '6.2', 'Tuyên truyền, phổ biến tiến bộ khoa học và kỹ thuật', 5, 2, null, null),
    ('7', '7.1', 'Điểm phục vụ bưu chính tiếp nhận, trả kết quả thủ tục hành chính', 5, 1, null, null),
    ('7', '7.2', 'Quản lý trạm thu phát sóng và hạ tầng viễn thông thụ động', 5, 2, null, null),
    ('8', '8.1', 'Mô hình chuyển đổi số được cấp trên khen thưởng, nhân rộng', 5, 1, null, null),
    ('9', '9.1', 'Báo cáo chậm, số liệu sai lệch', 5, 1, null, null),
    ('9', '9.2', 'Để xảy ra vi phạm trong lĩnh vực quản lý', 5, 2, null, null)
) as c (group_code, code, title, max_points, position, unit, target)
join criteria g on g.criteria_set_id = s.id and g.code = c.group_code
where s.year = 2026;

-- the 2026 rules: the band floors of the province's 2025 scoring rules, their legal basis
insert into rule_sets (province_id, year, status, periods, weights, deadline_day, basis)
select id, 2026, 'DRAFT', 'QUARTERS', '{25,25,25,25}', 10, concat_ws(E'\n',
        'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
        'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
        'Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của Bộ Nội vụ;')
from provinces where code = '40';
insert into rule_bands (rule_set_id, position, code, name, lower_bound, floor_percent, floor_scope)
select s.id, b.position, b.code, b.name, b.lower_bound, b.floor_percent, b.floor_scope
from rule_sets s join provinces p on p.id = s.province_id and p.code = '40' and s.year = 2026
cross join (values (1, 'XUAT_SAC', 'Xuất sắc', 90, 85, 'CRITERION'), (2, 'TOT', 'Tốt', 80, 80, 'CRITERION'),
                   (3, 'KHA', 'Khá', 70, 70, 'CRITERION'), (4, 'TRUNG_BINH', 'Trung bình', 50, null, null),
                   (5, 'YEU', 'Yếu', 0, null, null))
    as b (position, code, name, lower_bound, floor_percent, floor_scope);
insert into rule_awards (rule_set_id, position, code, name, min_band, rank_from, rank_to, quota_count,
                         quota_percent, vote_threshold, basis)
select s.id, a.position, a.code, a.name, a.min_band, a.rank_from, a.rank_to, null, null, a.vote, a.basis
from rule_sets s join provinces p on p.id = s.province_id and p.code = '40' and s.year = 2026
cross join (values
    (1, 'CO_THI_DUA', 'Cờ thi đua của UBND tỉnh', 'XUAT_SAC', 1, 1, 70,
        'tiêu chuẩn tặng Cờ thi đua của Ủy ban nhân dân cấp tỉnh tại Luật Thi đua, khen thưởng;'),
    (2, 'BANG_KHEN', 'Bằng khen của Chủ tịch UBND tỉnh', 'TOT', 2, 3, 70, null))
    as a (position, code, name, min_band, rank_from, rank_to, vote, basis);
update rule_sets s set status = 'PUBLISHED', published_at = timestamp with time zone '2026-01-05 08:00+07'
from provinces p where p.id = s.province_id and p.code = '40' and s.year = 2026;

-- a commune cluster leader and a commune officer (the demo's Cụm of Diễn Châu's communes)
insert into app_users (username, password_hash, full_name, email, role, province_id, unit_id)
select u.username, '{bcrypt}$2a$10$BJxjfrLHFydEYp7392gqPeimoXjzPtsKqNFTOz/617QuHZtJA0OVW', u.full_name, u.email,
       u.role, p.id, x.id
from provinces p
cross join (values
    ('cumtruong.xa', 'Công chức Văn hóa – Xã hội, cụm trưởng (minh họa)', 'cumtruong.xa@demo.thidua.vn',
        'CLUSTER_LEADER', 'LEADER'),
    ('xa.dienchau', 'Công chức Văn hóa – Xã hội xã Diễn Châu (minh họa)', 'xa.dienchau@demo.thidua.vn', 'UNIT', 'DIEN_CHAU')
) as u (username, full_name, email, role, which)
join units x on x.province_id = p.id and x.level = 'COMMUNE_LEVEL' and x.valid_from = date '2025-07-01'
    and x.id = case u.which
        when 'DIEN_CHAU' then (select id from units where name = 'Diễn Châu' and level = 'COMMUNE_LEVEL'
                                   and province_id = p.id and valid_from = date '2025-07-01')
        else (select k.leader_unit_id from clusters k join cluster_members m on m.cluster_id = k.id
              join units y on y.id = m.unit_id and y.name = 'Diễn Châu' and y.level = 'COMMUNE_LEVEL' and y.valid_from = date '2025-07-01'
              where k.year = 2026 and k.province_id = p.id)
    end
where p.code = '40';

-- the other clusters' leaders, whose accounts the department has not yet enabled
insert into app_users (username, password_hash, full_name, email, role, province_id, unit_id, enabled)
select 'cumtruong.' || u.code, '{bcrypt}$2a$10$BJxjfrLHFydEYp7392gqPeimoXjzPtsKqNFTOz/617QuHZtJA0OVW',
       'Cụm trưởng, ' || u.name || ' (minh họa, chưa kích hoạt)', 'cumtruong.' || u.code || '@demo.thidua.vn',
       'CLUSTER_LEADER', k.province_id, k.leader_unit_id, false
from clusters k join provinces p on p.id = k.province_id and p.code = '40'
join units u on u.id = k.leader_unit_id
where k.year = 2026 and not exists (select 1 from app_users a where a.unit_id = k.leader_unit_id);

-- Q1–Q3 2026, submitted by each cluster's leader, approved by the department's staff
insert into quarterly_reports (cluster_id, year, quarter, status, results, difficulties, proposals, next_focus,
                               submitted_at, submitted_by, late, approved_at, approved_by, created_at, updated_at)
select c.id, c.year, q.quarter, 'APPROVED',
       'Các xã, phường trong cụm duy trì dịch vụ công trực tuyến toàn trình, tổ công nghệ số cộng đồng và '
           || 'tuyên truyền ứng dụng khoa học, công nghệ trong quý ' || q.quarter || '.',
       'Một số thôn, bản vùng cao chưa có sóng di động băng rộng; cán bộ chuyên trách về chuyển đổi số còn thiếu.',
       'Đề nghị Sở tập huấn an toàn thông tin và kỹ năng số cho công chức cấp xã.',
       'Nâng tỷ lệ hồ sơ trực tuyến, số hóa kết quả giải quyết thủ tục hành chính.',
       s.submitted_at, leader.id, false, s.submitted_at + interval '4 days', staff.id,
       s.submitted_at - interval '3 days', s.submitted_at + interval '4 days'
from clusters c
join provinces p on p.id = c.province_id and p.code = '40'
cross join (values (1), (2), (3)) as q (quarter)
join lateral (select id from app_users a where a.unit_id = c.leader_unit_id and a.role = 'CLUSTER_LEADER'
              order by a.enabled desc, a.id limit 1) leader on true
join app_users staff on staff.username = 'chuyenvien'
cross join lateral (
    select make_timestamptz(2026, q.quarter * 3 + 1, 5 + q.quarter, 9, 30, 0, 'Asia/Ho_Chi_Minh') as submitted_at
) s
where c.year = 2026;

-- every member × every leaf criterion: a unit's level (0.62–0.99) plus noise; measured criteria
-- carry the value their points come from
insert into scores (report_id, unit_id, criterion_id, max_points, self_points, leader_points, final_points,
                    measured_value)
select r.id, m.unit_id, cr.id, cr.max_points, pts.points, pts.points, pts.points, pts.measured
from quarterly_reports r
join clusters c on c.id = r.cluster_id
join cluster_members m on m.cluster_id = c.id
join units u on u.id = m.unit_id
join criteria_sets cs on cs.province_id = c.province_id and cs.year = c.year
join criteria cr on cr.criteria_set_id = cs.id and cr.parent_id is not null
cross join lateral (
    select 0.62 + 0.37 * pg_temp.demo_rand_2026('2026/' || u.code) as level,
           pg_temp.demo_rand_2026('2026/' || u.code || '/' || cr.code || '/' || r.quarter) - 0.5 as noise
) v
cross join lateral (
    select case when cr.measure_unit is not null
               then round(cr.measure_target * least(1.1, greatest(0.3, v.level + 0.35 * v.noise)), 1) end as measured
) mv
cross join lateral (
    select mv.measured,
           case when mv.measured is not null
               then least(cr.max_points, round(cr.max_points * mv.measured / cr.measure_target, 2))
               else least(cr.max_points, greatest(0, round(2 * cr.max_points * case cr.kind
                   when 'SCORE' then least(1, greatest(0, v.level + 0.3 * v.noise))
                   when 'BONUS' then greatest(0, v.level - 0.85 + 0.4 * v.noise) * 2
                   else greatest(0, 0.78 - v.level + 0.5 * v.noise) * 0.8
               end) / 2)) end as points
) pts
where r.year = 2026;

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
join quarterly_reports r on r.id = s.report_id and r.year = 2026
join criteria cr on cr.id = s.criterion_id
group by s.report_id, s.unit_id;

insert into audit_events (occurred_at, province_id, user_id, username, action, entity_type, entity_id, summary)
select r.approved_at, c.province_id, r.approved_by, 'chuyenvien', 'REPORT_APPROVED', 'QuarterlyReport', r.id,
       'Duyệt báo cáo quý ' || r.quarter || '/' || r.year || ' của ' || c.name || ' (dữ liệu minh họa)'
from quarterly_reports r
join clusters c on c.id = r.cluster_id
where r.year = 2026;
