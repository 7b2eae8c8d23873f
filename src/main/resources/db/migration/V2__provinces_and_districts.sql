-- Provinces and district-level units with their GSO codes (Tổng cục Thống kê).
-- valid_from / valid_to keep earlier years consistent when a unit is created or changes type.

insert into provinces (code, name) values
    ('40', 'Nghệ An'),
    ('02', 'Hà Giang'),
    ('80', 'Long An');

-- Nghệ An: 21 units in the 2014 layout, codes 412–432
insert into districts (province_id, code, name, type, valid_from)
select p.id, d.code, d.name, d.type, d.valid_from::date
from provinces p
cross join (values
    ('412', 'Vinh', 'THANH_PHO', null),
    ('413', 'Cửa Lò', 'THI_XA', null),
    ('414', 'Thái Hòa', 'THI_XA', null),
    ('415', 'Quế Phong', 'HUYEN', null),
    ('416', 'Quỳ Châu', 'HUYEN', null),
    ('417', 'Kỳ Sơn', 'HUYEN', null),
    ('418', 'Tương Dương', 'HUYEN', null),
    ('419', 'Nghĩa Đàn', 'HUYEN', null),
    ('420', 'Quỳ Hợp', 'HUYEN', null),
    ('421', 'Quỳnh Lưu', 'HUYEN', null),
    ('422', 'Con Cuông', 'HUYEN', null),
    ('423', 'Tân Kỳ', 'HUYEN', null),
    ('424', 'Anh Sơn', 'HUYEN', null),
    ('425', 'Diễn Châu', 'HUYEN', null),
    ('426', 'Yên Thành', 'HUYEN', null),
    ('427', 'Đô Lương', 'HUYEN', null),
    ('428', 'Thanh Chương', 'HUYEN', null),
    ('429', 'Nghi Lộc', 'HUYEN', null),
    ('430', 'Nam Đàn', 'HUYEN', null),
    ('431', 'Hưng Nguyên', 'HUYEN', null),
    -- Hoàng Mai was separated from Quỳnh Lưu as a thị xã in April 2013
    ('432', 'Hoàng Mai', 'THI_XA', '2013-04-03')
) as d (code, name, type, valid_from)
where p.code = '40';

-- Hà Giang: Hà Giang town became a city in 2010 (same GSO code, one row per period)
insert into districts (province_id, code, name, type, valid_from, valid_to)
select p.id, d.code, d.name, d.type, d.valid_from::date, d.valid_to::date
from provinces p
cross join (values
    ('024', 'Hà Giang', 'THI_XA', null, '2010-09-26'),
    ('024', 'Hà Giang', 'THANH_PHO', '2010-09-27', null),
    ('026', 'Đồng Văn', 'HUYEN', null, null),
    ('027', 'Mèo Vạc', 'HUYEN', null, null),
    ('028', 'Yên Minh', 'HUYEN', null, null),
    ('029', 'Quản Bạ', 'HUYEN', null, null),
    ('030', 'Vị Xuyên', 'HUYEN', null, null),
    ('031', 'Bắc Mê', 'HUYEN', null, null),
    ('032', 'Hoàng Su Phì', 'HUYEN', null, null),
    ('033', 'Xín Mần', 'HUYEN', null, null),
    ('034', 'Bắc Quang', 'HUYEN', null, null),
    ('035', 'Quang Bình', 'HUYEN', null, null)
) as d (code, name, type, valid_from, valid_to)
where p.code = '02';

-- Long An: Kiến Tường was split from Mộc Hóa as a thị xã in 2013
insert into districts (province_id, code, name, type, valid_from)
select p.id, d.code, d.name, d.type, d.valid_from::date
from provinces p
cross join (values
    ('794', 'Tân An', 'THANH_PHO', null),
    ('795', 'Kiến Tường', 'THI_XA', '2013-03-28'),
    ('796', 'Tân Hưng', 'HUYEN', null),
    ('797', 'Vĩnh Hưng', 'HUYEN', null),
    ('798', 'Mộc Hóa', 'HUYEN', null),
    ('799', 'Tân Thạnh', 'HUYEN', null),
    ('800', 'Thạnh Hóa', 'HUYEN', null),
    ('801', 'Đức Huệ', 'HUYEN', null),
    ('802', 'Đức Hòa', 'HUYEN', null),
    ('803', 'Bến Lức', 'HUYEN', null),
    ('804', 'Thủ Thừa', 'HUYEN', null),
    ('805', 'Tân Trụ', 'HUYEN', null),
    ('806', 'Cần Đước', 'HUYEN', null),
    ('807', 'Cần Giuộc', 'HUYEN', null),
    ('808', 'Châu Thành', 'HUYEN', null)
) as d (code, name, type, valid_from)
where p.code = '80';
