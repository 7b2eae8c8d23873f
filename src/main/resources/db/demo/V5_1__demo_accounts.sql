-- DEMO ONLY (location db/demo, never enabled in the prod profile).
-- Demo accounts of docs/specification.md §7, all in Nghệ An, password Demo@2014 (BCrypt).
-- Demo migrations are numbered <prod version>_<n> so later production migrations still sort after them.

insert into app_users (username, password_hash, full_name, email, role, province_id, district_id)
select u.username, '{bcrypt}$2a$10$BJxjfrLHFydEYp7392gqPeimoXjzPtsKqNFTOz/617QuHZtJA0OVW', u.full_name, u.email, u.role, p.id, d.id
from provinces p
cross join (values
    ('admin', 'Quản trị hệ thống', 'admin@demo.thidua.vn', 'ADMIN', null),
    ('giamdoc', 'Giám đốc Sở (tài khoản minh họa)', 'giamdoc@demo.thidua.vn', 'DIRECTOR', null),
    ('chuyenvien', 'Chuyên viên Phòng Bưu chính – Viễn thông (minh họa)', 'chuyenvien@demo.thidua.vn', 'STAFF', null),
    ('cumtruong.yenthanh', 'Trưởng phòng VH-TT huyện Yên Thành (minh họa)', 'yenthanh@demo.thidua.vn', 'CLUSTER_LEADER', '426'),
    ('cumtruong.quynhluu', 'Trưởng phòng VH-TT huyện Quỳnh Lưu (minh họa)', 'quynhluu@demo.thidua.vn', 'CLUSTER_LEADER', '421'),
    ('cumtruong.tuongduong', 'Trưởng phòng VH-TT huyện Tương Dương (minh họa)', 'tuongduong@demo.thidua.vn', 'CLUSTER_LEADER', '418'),
    ('huyen.dienchau', 'Cán bộ Phòng VH-TT huyện Diễn Châu (minh họa)', 'dienchau@demo.thidua.vn', 'DISTRICT', '425')
) as u (username, full_name, email, role, district_code)
left join districts d on d.province_id = p.id and d.code = u.district_code
where p.code = '40';
