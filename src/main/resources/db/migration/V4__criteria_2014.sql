-- The 2014 criteria set of the Nghệ An department: general work and the five fields of the
-- sector (100 points), a bonus group (max 5) and a penalty group (max 10).

insert into criteria_sets (province_id, year, name, status, published_at)
select id, 2014, 'Bộ tiêu chí thi đua ngành Thông tin và Truyền thông năm 2014', 'PUBLISHED',
       timestamp with time zone '2014-01-02 08:00:00+07'
from provinces where code = '40';

-- groups
insert into criteria (criteria_set_id, parent_id, code, field, title, max_points, kind, sort_order)
select s.id, null, g.code, g.field, g.title, g.max_points, g.kind, g.sort_order
from criteria_sets s
join provinces p on p.id = s.province_id and p.code = '40'
cross join (values
    ('1', 'GENERAL', 'Công tác chỉ đạo, điều hành và chế độ báo cáo', 20, 'SCORE', 10),
    ('2', 'PRESS', 'Báo chí, tuyên truyền', 15, 'SCORE', 20),
    ('3', 'PUBLISHING', 'Xuất bản, in, phát hành', 10, 'SCORE', 30),
    ('4', 'POST', 'Bưu chính', 10, 'SCORE', 40),
    ('5', 'TELECOM', 'Viễn thông, Internet', 15, 'SCORE', 50),
    ('6', 'IT', 'Công nghệ thông tin', 30, 'SCORE', 60),
    ('7', 'GENERAL', 'Điểm thưởng', 5, 'BONUS', 70),
    ('8', 'GENERAL', 'Điểm trừ', 10, 'PENALTY', 80)
) as g (code, field, title, max_points, kind, sort_order)
where s.year = 2014;

-- criteria under each group: field and kind follow the group
insert into criteria (criteria_set_id, parent_id, code, field, title, max_points, kind, sort_order)
select s.id, g.id, c.code, g.field, c.title, c.max_points, g.kind, g.sort_order + c.position
from criteria_sets s
join provinces p on p.id = s.province_id and p.code = '40'
cross join (values
    ('1', '1.1', 'Tham mưu UBND huyện ban hành văn bản, kế hoạch về TT&TT', 6, 1),
    ('1', '1.2', 'Chế độ báo cáo định kỳ đầy đủ, đúng hạn', 6, 2),
    ('1', '1.3', 'Tham gia giao ban cụm', 4, 3),
    ('1', '1.4', 'Bố trí cán bộ quản lý nhà nước về TT&TT', 4, 4),
    ('2', '2.1', 'Quản lý đài truyền thanh cơ sở, bản tin', 5, 1),
    ('2', '2.2', 'Cung cấp thông tin cho báo chí, xử lý thông tin báo chí phản ánh', 5, 2),
    ('2', '2.3', 'Tuyên truyền nhiệm vụ chính trị của địa phương', 5, 3),
    ('3', '3.1', 'Quản lý cơ sở in, photocopy', 5, 1),
    ('3', '3.2', 'Kiểm tra, xử lý xuất bản phẩm vi phạm', 5, 2),
    ('4', '4.1', 'Duy trì điểm bưu điện – văn hóa xã', 5, 1),
    ('4', '4.2', 'Quản lý dịch vụ bưu chính, chuyển phát', 5, 2),
    ('5', '5.1', 'Quản lý đại lý Internet, trò chơi điện tử công cộng', 5, 1),
    ('5', '5.2', 'Phối hợp phát triển hạ tầng (trạm BTS, cáp quang)', 5, 2),
    ('5', '5.3', 'Bảo đảm thông tin liên lạc phòng chống thiên tai', 5, 3),
    ('6', '6.1', 'Cán bộ, công chức dùng hộp thư điện tử công vụ (mục tiêu 100%)', 8, 1),
    ('6', '6.2', 'Ứng dụng CNTT tại bộ phận một cửa (mục tiêu 80%)', 8, 2),
    ('6', '6.3', 'Thông tin, dịch vụ công trên cổng/trang thông tin điện tử', 7, 3),
    ('6', '6.4', 'Bảo đảm an toàn thông tin', 7, 4),
    ('7', '7.1', 'Sáng kiến, mô hình mới được cấp trên ghi nhận', 5, 1),
    ('8', '8.1', 'Báo cáo chậm, số liệu sai lệch', 5, 1),
    ('8', '8.2', 'Để xảy ra vi phạm nghiêm trọng trong lĩnh vực quản lý', 5, 2)
) as c (group_code, code, title, max_points, position)
join criteria g on g.criteria_set_id = s.id and g.code = c.group_code
where s.year = 2014;
