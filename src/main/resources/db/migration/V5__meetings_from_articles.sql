-- The meetings reported in the departments' public news articles.

insert into meetings (province_id, kind, title, start_date, end_date, location, host_district_id, chair,
                      other_participants, content, conclusions)
select p.id, 'HOI_NGHI', 'Hội nghị triển khai nhiệm vụ năm 2014 của Sở Thông tin và Truyền thông',
       date '2014-01-02', date '2014-01-02', 'Thành phố Vinh', null, 'Giám đốc Sở Thông tin và Truyền thông',
       'Lãnh đạo, chuyên viên Sở; các đơn vị thuộc Sở; Trưởng phòng Văn hóa – Thông tin các huyện, thành phố, thị xã',
       'Tổng kết công tác năm 2013; triển khai nhiệm vụ năm 2014 trên các lĩnh vực báo chí, xuất bản, bưu chính, viễn thông và công nghệ thông tin.',
       'Thành lập các cụm thi đua ngành Thông tin và Truyền thông cấp huyện năm 2014 do Yên Thành, Quỳnh Lưu, Tương Dương làm cụm trưởng.' || chr(10) ||
       'Phấn đấu 100% cán bộ, công chức sử dụng hộp thư điện tử công vụ; 80% UBND cấp huyện ứng dụng CNTT tại bộ phận một cửa.'
from provinces p where p.code = '40';

insert into meetings (province_id, kind, title, start_date, end_date, location, host_district_id, chair,
                      other_participants, content, conclusions)
select p.id, 'LAM_VIEC', 'Sở Thông tin và Truyền thông làm việc với các huyện cụm trưởng cụm thi đua năm 2014',
       date '2014-03-14', date '2014-03-14', 'Sở Thông tin và Truyền thông Nghệ An', null,
       'Giám đốc Sở Thông tin và Truyền thông',
       'Trưởng phòng Văn hóa – Thông tin các huyện cụm trưởng',
       'Thống nhất quy chế hoạt động cụm, nội dung thi đua và lịch giao ban cụm năm 2014. (Ngày họp mang tính minh họa: bài báo không nêu ngày.)',
       'Các cụm trưởng xây dựng quy chế hoạt động cụm và nội dung thi đua, gửi Sở.' || chr(10) ||
       'Tổ chức giao ban cụm định kỳ, báo cáo kết quả hằng quý về Sở.'
from provinces p where p.code = '40';

insert into meeting_participants (meeting_id, district_id)
select m.id, d.id
from meetings m
join provinces p on p.id = m.province_id and p.code = '40'
join districts d on d.province_id = p.id and d.code in ('421', '426', '418')
where m.kind = 'LAM_VIEC' and m.start_date = date '2014-03-14';

insert into meetings (province_id, kind, title, start_date, end_date, location, host_district_id, chair,
                      other_participants, content, conclusions)
select p.id, 'DOAN_CONG_TAC', 'Đoàn công tác của Sở làm việc tại các huyện Bắc Quang, Quang Bình, Hoàng Su Phì, Xín Mần',
       date '2009-10-19', date '2009-10-23', 'Các huyện Bắc Quang, Quang Bình, Hoàng Su Phì, Xín Mần',
       (select id from districts where code = '034'), 'Lãnh đạo Sở Thông tin và Truyền thông',
       'Phòng Văn hóa – Thông tin và UBND các huyện được làm việc',
       'Kiểm tra tình hình thực hiện nhiệm vụ thông tin và truyền thông tại các huyện: bưu chính, viễn thông, Internet, ứng dụng công nghệ thông tin.',
       'Các huyện tăng cường quản lý nhà nước về thông tin và truyền thông ở cơ sở.' || chr(10) ||
       'Sở tổng hợp kiến nghị của các huyện để giải quyết theo thẩm quyền.'
from provinces p where p.code = '02';

insert into meeting_participants (meeting_id, district_id)
select m.id, d.id
from meetings m
join districts d on d.province_id = m.province_id and d.code in ('034', '035', '032', '033')
where m.kind = 'DOAN_CONG_TAC' and m.start_date = date '2009-10-19';

insert into meetings (province_id, kind, title, start_date, end_date, location, host_district_id, chair,
                      other_participants, content, conclusions)
select p.id, 'HOI_NGHI', 'Hội nghị triển khai nhiệm vụ năm 2009 của Sở Thông tin và Truyền thông Long An',
       date '2009-01-15', date '2009-01-15', 'Thị xã Tân An', null, 'Giám đốc Sở Thông tin và Truyền thông',
       'Lãnh đạo Sở; các doanh nghiệp bưu chính, viễn thông; phòng Văn hóa – Thông tin các huyện, thị xã',
       'Tổng kết công tác năm 2008; triển khai nhiệm vụ năm 2009 của ngành Thông tin và Truyền thông.',
       'Triển khai kế hoạch năm 2009; đẩy mạnh ứng dụng công nghệ thông tin trong cơ quan nhà nước.'
from provinces p where p.code = '80';
