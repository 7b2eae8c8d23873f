-- A staff account of the Tuyên Quang formed on 1/7/2025 from Tuyên Quang and Hà Giang: it reads
-- Hà Giang's history (the 2009 working visit), read-only. Password Demo@2014, as every demo account.
insert into app_users (username, password_hash, full_name, email, role, province_id)
select 'chuyenvien.tuyenquang', '{bcrypt}$2a$10$BJxjfrLHFydEYp7392gqPeimoXjzPtsKqNFTOz/617QuHZtJA0OVW',
       'Chuyên viên Sở Khoa học và Công nghệ Tuyên Quang (minh họa)', 'chuyenvien.tuyenquang@demo.thidua.vn', 'STAFF', p.id
from provinces p
where p.code = '08' and p.valid_from = date '2025-07-01';
