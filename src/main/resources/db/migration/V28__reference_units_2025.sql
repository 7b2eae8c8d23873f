-- Reference units of the reform of 1 July 2025 (issue 25), written once by
-- tools/reference-units-2025.py from public sources:
--  * the 34 provinces, their codes and what each was formed from: Công văn 915/CTK-CSCL (mã số
--    cấp tỉnh) and the list attached to Nghị quyết 60-NQ/TW (12/4/2025), as converted in the
--    public repository dvhcvn/20250701 (input/docs/915_CTK-CSCL.csv, input/docs/60-NQ_TW.md);
--  * the codes of the 63 pre-merger provinces: the statistics office's list of units as of
--    01/03/2025 (repository daohoangson/dvhcvn, data/dvhcvn.json);
--  * Nghệ An's 130 commune-level units and the 412 they were formed from: Nghị quyết
--    1678/NQ-UBTVQH15 (16/6/2025), Article 1, clauses 1–122; their codes: Công văn 1027/CTK-CSCL
--    (25/6/2025), annex I; the old units' codes and districts: the same statistics list.
-- A merged province keeps the code of the one hosting its centre (Tuyên Quang 08, Tây Ninh 80),
-- a new commune the code of one of the units it was formed from: codes are unique per period.

-- provinces: the 11 not merged continue as they are; a merged one is new from 1/7/2025 and its
-- predecessors end on 30/6/2025
insert into provinces (code, name) values ('01', 'Hà Nội')
    on conflict on constraint uk_provinces_code_period do nothing;
insert into provinces (code, name) values ('04', 'Cao Bằng')
    on conflict on constraint uk_provinces_code_period do nothing;
insert into provinces (code, name) values ('08', 'Tuyên Quang')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '08' and valid_from is null;
insert into provinces (code, name) values ('02', 'Hà Giang')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '02' and valid_from is null;
insert into provinces (code, name, valid_from) values ('08', 'Tuyên Quang', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '08' and n.valid_from = '2025-07-01' and o.code = '08' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '08' and n.valid_from = '2025-07-01' and o.code = '02' and o.valid_from is null;
insert into provinces (code, name) values ('11', 'Điện Biên')
    on conflict on constraint uk_provinces_code_period do nothing;
insert into provinces (code, name) values ('12', 'Lai Châu')
    on conflict on constraint uk_provinces_code_period do nothing;
insert into provinces (code, name) values ('14', 'Sơn La')
    on conflict on constraint uk_provinces_code_period do nothing;
insert into provinces (code, name) values ('10', 'Lào Cai')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '10' and valid_from is null;
insert into provinces (code, name) values ('15', 'Yên Bái')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '15' and valid_from is null;
insert into provinces (code, name, valid_from) values ('15', 'Lào Cai', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '15' and n.valid_from = '2025-07-01' and o.code = '10' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '15' and n.valid_from = '2025-07-01' and o.code = '15' and o.valid_from is null;
insert into provinces (code, name) values ('06', 'Bắc Kạn')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '06' and valid_from is null;
insert into provinces (code, name) values ('19', 'Thái Nguyên')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '19' and valid_from is null;
insert into provinces (code, name, valid_from) values ('19', 'Thái Nguyên', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '19' and n.valid_from = '2025-07-01' and o.code = '06' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '19' and n.valid_from = '2025-07-01' and o.code = '19' and o.valid_from is null;
insert into provinces (code, name) values ('20', 'Lạng Sơn')
    on conflict on constraint uk_provinces_code_period do nothing;
insert into provinces (code, name) values ('22', 'Quảng Ninh')
    on conflict on constraint uk_provinces_code_period do nothing;
insert into provinces (code, name) values ('27', 'Bắc Ninh')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '27' and valid_from is null;
insert into provinces (code, name) values ('24', 'Bắc Giang')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '24' and valid_from is null;
insert into provinces (code, name, valid_from) values ('24', 'Bắc Ninh', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '24' and n.valid_from = '2025-07-01' and o.code = '27' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '24' and n.valid_from = '2025-07-01' and o.code = '24' and o.valid_from is null;
insert into provinces (code, name) values ('26', 'Vĩnh Phúc')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '26' and valid_from is null;
insert into provinces (code, name) values ('25', 'Phú Thọ')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '25' and valid_from is null;
insert into provinces (code, name) values ('17', 'Hòa Bình')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '17' and valid_from is null;
insert into provinces (code, name, valid_from) values ('25', 'Phú Thọ', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '25' and n.valid_from = '2025-07-01' and o.code = '26' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '25' and n.valid_from = '2025-07-01' and o.code = '25' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '25' and n.valid_from = '2025-07-01' and o.code = '17' and o.valid_from is null;
insert into provinces (code, name) values ('30', 'Hải Dương')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '30' and valid_from is null;
insert into provinces (code, name) values ('31', 'Hải Phòng')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '31' and valid_from is null;
insert into provinces (code, name, valid_from) values ('31', 'Hải Phòng', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '31' and n.valid_from = '2025-07-01' and o.code = '30' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '31' and n.valid_from = '2025-07-01' and o.code = '31' and o.valid_from is null;
insert into provinces (code, name) values ('33', 'Hưng Yên')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '33' and valid_from is null;
insert into provinces (code, name) values ('34', 'Thái Bình')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '34' and valid_from is null;
insert into provinces (code, name, valid_from) values ('33', 'Hưng Yên', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '33' and n.valid_from = '2025-07-01' and o.code = '33' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '33' and n.valid_from = '2025-07-01' and o.code = '34' and o.valid_from is null;
insert into provinces (code, name) values ('35', 'Hà Nam')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '35' and valid_from is null;
insert into provinces (code, name) values ('37', 'Ninh Bình')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '37' and valid_from is null;
insert into provinces (code, name) values ('36', 'Nam Định')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '36' and valid_from is null;
insert into provinces (code, name, valid_from) values ('37', 'Ninh Bình', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '37' and n.valid_from = '2025-07-01' and o.code = '35' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '37' and n.valid_from = '2025-07-01' and o.code = '37' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '37' and n.valid_from = '2025-07-01' and o.code = '36' and o.valid_from is null;
insert into provinces (code, name) values ('38', 'Thanh Hóa')
    on conflict on constraint uk_provinces_code_period do nothing;
insert into provinces (code, name) values ('40', 'Nghệ An')
    on conflict on constraint uk_provinces_code_period do nothing;
insert into provinces (code, name) values ('42', 'Hà Tĩnh')
    on conflict on constraint uk_provinces_code_period do nothing;
insert into provinces (code, name) values ('44', 'Quảng Bình')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '44' and valid_from is null;
insert into provinces (code, name) values ('45', 'Quảng Trị')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '45' and valid_from is null;
insert into provinces (code, name, valid_from) values ('44', 'Quảng Trị', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '44' and n.valid_from = '2025-07-01' and o.code = '44' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '44' and n.valid_from = '2025-07-01' and o.code = '45' and o.valid_from is null;
insert into provinces (code, name) values ('46', 'Huế')
    on conflict on constraint uk_provinces_code_period do nothing;
insert into provinces (code, name) values ('49', 'Quảng Nam')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '49' and valid_from is null;
insert into provinces (code, name) values ('48', 'Đà Nẵng')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '48' and valid_from is null;
insert into provinces (code, name, valid_from) values ('48', 'Đà Nẵng', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '48' and n.valid_from = '2025-07-01' and o.code = '49' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '48' and n.valid_from = '2025-07-01' and o.code = '48' and o.valid_from is null;
insert into provinces (code, name) values ('62', 'Kon Tum')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '62' and valid_from is null;
insert into provinces (code, name) values ('51', 'Quảng Ngãi')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '51' and valid_from is null;
insert into provinces (code, name, valid_from) values ('51', 'Quảng Ngãi', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '51' and n.valid_from = '2025-07-01' and o.code = '62' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '51' and n.valid_from = '2025-07-01' and o.code = '51' and o.valid_from is null;
insert into provinces (code, name) values ('64', 'Gia Lai')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '64' and valid_from is null;
insert into provinces (code, name) values ('52', 'Bình Định')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '52' and valid_from is null;
insert into provinces (code, name, valid_from) values ('52', 'Gia Lai', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '52' and n.valid_from = '2025-07-01' and o.code = '64' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '52' and n.valid_from = '2025-07-01' and o.code = '52' and o.valid_from is null;
insert into provinces (code, name) values ('58', 'Ninh Thuận')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '58' and valid_from is null;
insert into provinces (code, name) values ('56', 'Khánh Hòa')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '56' and valid_from is null;
insert into provinces (code, name, valid_from) values ('56', 'Khánh Hòa', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '56' and n.valid_from = '2025-07-01' and o.code = '58' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '56' and n.valid_from = '2025-07-01' and o.code = '56' and o.valid_from is null;
insert into provinces (code, name) values ('66', 'Đắk Lắk')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '66' and valid_from is null;
insert into provinces (code, name) values ('54', 'Phú Yên')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '54' and valid_from is null;
insert into provinces (code, name, valid_from) values ('66', 'Đắk Lắk', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '66' and n.valid_from = '2025-07-01' and o.code = '66' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '66' and n.valid_from = '2025-07-01' and o.code = '54' and o.valid_from is null;
insert into provinces (code, name) values ('68', 'Lâm Đồng')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '68' and valid_from is null;
insert into provinces (code, name) values ('67', 'Đắk Nông')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '67' and valid_from is null;
insert into provinces (code, name) values ('60', 'Bình Thuận')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '60' and valid_from is null;
insert into provinces (code, name, valid_from) values ('68', 'Lâm Đồng', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '68' and n.valid_from = '2025-07-01' and o.code = '68' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '68' and n.valid_from = '2025-07-01' and o.code = '67' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '68' and n.valid_from = '2025-07-01' and o.code = '60' and o.valid_from is null;
insert into provinces (code, name) values ('75', 'Đồng Nai')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '75' and valid_from is null;
insert into provinces (code, name) values ('70', 'Bình Phước')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '70' and valid_from is null;
insert into provinces (code, name, valid_from) values ('75', 'Đồng Nai', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '75' and n.valid_from = '2025-07-01' and o.code = '75' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '75' and n.valid_from = '2025-07-01' and o.code = '70' and o.valid_from is null;
insert into provinces (code, name) values ('77', 'Bà Rịa - Vũng Tàu')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '77' and valid_from is null;
insert into provinces (code, name) values ('74', 'Bình Dương')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '74' and valid_from is null;
insert into provinces (code, name) values ('79', 'Hồ Chí Minh')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '79' and valid_from is null;
insert into provinces (code, name, valid_from) values ('79', 'Hồ Chí Minh', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '79' and n.valid_from = '2025-07-01' and o.code = '77' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '79' and n.valid_from = '2025-07-01' and o.code = '74' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '79' and n.valid_from = '2025-07-01' and o.code = '79' and o.valid_from is null;
insert into provinces (code, name) values ('72', 'Tây Ninh')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '72' and valid_from is null;
insert into provinces (code, name) values ('80', 'Long An')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '80' and valid_from is null;
insert into provinces (code, name, valid_from) values ('80', 'Tây Ninh', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '80' and n.valid_from = '2025-07-01' and o.code = '72' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '80' and n.valid_from = '2025-07-01' and o.code = '80' and o.valid_from is null;
insert into provinces (code, name) values ('82', 'Tiền Giang')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '82' and valid_from is null;
insert into provinces (code, name) values ('87', 'Đồng Tháp')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '87' and valid_from is null;
insert into provinces (code, name, valid_from) values ('82', 'Đồng Tháp', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '82' and n.valid_from = '2025-07-01' and o.code = '82' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '82' and n.valid_from = '2025-07-01' and o.code = '87' and o.valid_from is null;
insert into provinces (code, name) values ('83', 'Bến Tre')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '83' and valid_from is null;
insert into provinces (code, name) values ('86', 'Vĩnh Long')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '86' and valid_from is null;
insert into provinces (code, name) values ('84', 'Trà Vinh')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '84' and valid_from is null;
insert into provinces (code, name, valid_from) values ('86', 'Vĩnh Long', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '86' and n.valid_from = '2025-07-01' and o.code = '83' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '86' and n.valid_from = '2025-07-01' and o.code = '86' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '86' and n.valid_from = '2025-07-01' and o.code = '84' and o.valid_from is null;
insert into provinces (code, name) values ('89', 'An Giang')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '89' and valid_from is null;
insert into provinces (code, name) values ('91', 'Kiên Giang')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '91' and valid_from is null;
insert into provinces (code, name, valid_from) values ('91', 'An Giang', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '91' and n.valid_from = '2025-07-01' and o.code = '89' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '91' and n.valid_from = '2025-07-01' and o.code = '91' and o.valid_from is null;
insert into provinces (code, name) values ('92', 'Cần Thơ')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '92' and valid_from is null;
insert into provinces (code, name) values ('94', 'Sóc Trăng')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '94' and valid_from is null;
insert into provinces (code, name) values ('93', 'Hậu Giang')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '93' and valid_from is null;
insert into provinces (code, name, valid_from) values ('92', 'Cần Thơ', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '92' and n.valid_from = '2025-07-01' and o.code = '92' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '92' and n.valid_from = '2025-07-01' and o.code = '94' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '92' and n.valid_from = '2025-07-01' and o.code = '93' and o.valid_from is null;
insert into provinces (code, name) values ('95', 'Bạc Liêu')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '95' and valid_from is null;
insert into provinces (code, name) values ('96', 'Cà Mau')
    on conflict on constraint uk_provinces_code_period do nothing;
update provinces set valid_to = '2025-06-30' where code = '96' and valid_from is null;
insert into provinces (code, name, valid_from) values ('96', 'Cà Mau', '2025-07-01');
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '96' and n.valid_from = '2025-07-01' and o.code = '95' and o.valid_from is null;
insert into province_lineage (province_id, predecessor_id, effective)
select n.id, o.id, '2025-07-01' from provinces n, provinces o
where n.code = '96' and n.valid_from = '2025-07-01' and o.code = '96' and o.valid_from is null;

-- no district level from 1/7/2025: every district-level unit ends on 30/6/2025
update units set valid_to = '2025-06-30' where level = 'DISTRICT_LEVEL' and valid_to is null;

-- Nghệ An's 412 commune-level units before the reform, each in its district (as of 01/03/2025:
-- Cửa Lò's former communes already lay in Vinh); the resolution's spelling of the name
insert into units (province_id, code, name, type, level, valid_to, parent_id)
select p.id, o.code, o.name, o.type, 'COMMUNE_LEVEL', date '2025-06-30', d.id
from provinces p cross join (values
    ('16663', 'Đông Vĩnh', 'PHUONG', '412'),
    ('16666', 'Hà Huy Tập', 'PHUONG', '412'),
    ('16669', 'Lê Lợi', 'PHUONG', '412'),
    ('16670', 'Quán Bàu', 'PHUONG', '412'),
    ('16672', 'Hưng Bình', 'PHUONG', '412'),
    ('16673', 'Hưng Phúc', 'PHUONG', '412'),
    ('16675', 'Hưng Dũng', 'PHUONG', '412'),
    ('16678', 'Cửa Nam', 'PHUONG', '412'),
    ('16681', 'Quang Trung', 'PHUONG', '412'),
    ('16690', 'Trường Thi', 'PHUONG', '412'),
    ('16693', 'Bến Thủy', 'PHUONG', '412'),
    ('16699', 'Trung Đô', 'PHUONG', '412'),
    ('16702', 'Nghi Phú', 'PHUONG', '412'),
    ('16705', 'Hưng Đông', 'PHUONG', '412'),
    ('16708', 'Hưng Lộc', 'PHUONG', '412'),
    ('16711', 'Hưng Hòa', 'XA', '412'),
    ('16714', 'Vinh Tân', 'PHUONG', '412'),
    ('16717', 'Nghi Thủy', 'PHUONG', '412'),
    ('16720', 'Nghi Tân', 'PHUONG', '412'),
    ('16723', 'Thu Thủy', 'PHUONG', '412'),
    ('16726', 'Nghi Hòa', 'PHUONG', '412'),
    ('16729', 'Nghi Hải', 'PHUONG', '412'),
    ('16732', 'Nghi Hương', 'PHUONG', '412'),
    ('16735', 'Nghi Thu', 'PHUONG', '412'),
    ('16738', 'Kim Sơn', 'THI_TRAN', '415'),
    ('16741', 'Thông Thụ', 'XA', '415'),
    ('16744', 'Đồng Văn', 'XA', '415'),
    ('16747', 'Hạnh Dịch', 'XA', '415'),
    ('16750', 'Tiền Phong', 'XA', '415'),
    ('16753', 'Nậm Giải', 'XA', '415'),
    ('16756', 'Tri Lễ', 'XA', '415'),
    ('16759', 'Châu Kim', 'XA', '415'),
    ('16763', 'Mường Nọc', 'XA', '415'),
    ('16765', 'Châu Thôn', 'XA', '415'),
    ('16768', 'Nậm Nhoóng', 'XA', '415'),
    ('16771', 'Quang Phong', 'XA', '415'),
    ('16774', 'Cắm Muộn', 'XA', '415'),
    ('16777', 'Tân Lạc', 'THI_TRAN', '416'),
    ('16780', 'Châu Bính', 'XA', '416'),
    ('16783', 'Châu Thuận', 'XA', '416'),
    ('16786', 'Châu Hội', 'XA', '416'),
    ('16789', 'Châu Nga', 'XA', '416'),
    ('16792', 'Châu Tiến', 'XA', '416'),
    ('16795', 'Châu Hạnh', 'XA', '416'),
    ('16798', 'Châu Thắng', 'XA', '416'),
    ('16801', 'Châu Phong', 'XA', '416'),
    ('16804', 'Châu Bình', 'XA', '416'),
    ('16807', 'Châu Hoàn', 'XA', '416'),
    ('16810', 'Diên Lãm', 'XA', '416'),
    ('16813', 'Mường Xén', 'THI_TRAN', '417'),
    ('16816', 'Mỹ Lý', 'XA', '417'),
    ('16819', 'Bắc Lý', 'XA', '417'),
    ('16822', 'Keng Đu', 'XA', '417'),
    ('16825', 'Đoọc Mạy', 'XA', '417'),
    ('16828', 'Huồi Tụ', 'XA', '417'),
    ('16831', 'Mường Lống', 'XA', '417'),
    ('16834', 'Na Loi', 'XA', '417'),
    ('16837', 'Nậm Cắn', 'XA', '417'),
    ('16840', 'Bảo Nam', 'XA', '417'),
    ('16843', 'Phà Đánh', 'XA', '417'),
    ('16846', 'Bảo Thắng', 'XA', '417'),
    ('16849', 'Hữu Lập', 'XA', '417'),
    ('16852', 'Tà Cạ', 'XA', '417'),
    ('16855', 'Chiêu Lưu', 'XA', '417'),
    ('16858', 'Mường Típ', 'XA', '417'),
    ('16861', 'Hữu Kiệm', 'XA', '417'),
    ('16864', 'Tây Sơn', 'XA', '417'),
    ('16867', 'Mường Ải', 'XA', '417'),
    ('16870', 'Na Ngoi', 'XA', '417'),
    ('16873', 'Nậm Càn', 'XA', '417'),
    ('16876', 'Thạch Giám', 'THI_TRAN', '418'),
    ('16879', 'Mai Sơn', 'XA', '418'),
    ('16882', 'Nhôn Mai', 'XA', '418'),
    ('16885', 'Hữu Khuông', 'XA', '418'),
    ('16900', 'Yên Tĩnh', 'XA', '418'),
    ('16903', 'Nga My', 'XA', '418'),
    ('16904', 'Xiêng My', 'XA', '418'),
    ('16906', 'Lượng Minh', 'XA', '418'),
    ('16909', 'Yên Hòa', 'XA', '418'),
    ('16912', 'Yên Na', 'XA', '418'),
    ('16915', 'Lưu Kiền', 'XA', '418'),
    ('16921', 'Xá Lượng', 'XA', '418'),
    ('16924', 'Tam Thái', 'XA', '418'),
    ('16927', 'Tam Đình', 'XA', '418'),
    ('16930', 'Yên Thắng', 'XA', '418'),
    ('16933', 'Tam Quang', 'XA', '418'),
    ('16936', 'Tam Hợp', 'XA', '418'),
    ('16939', 'Hòa Hiếu', 'PHUONG', '414'),
    ('16941', 'Nghĩa Đàn', 'THI_TRAN', '419'),
    ('16942', 'Nghĩa Mai', 'XA', '419'),
    ('16945', 'Nghĩa Yên', 'XA', '419'),
    ('16948', 'Nghĩa Lạc', 'XA', '419'),
    ('16951', 'Nghĩa Lâm', 'XA', '419'),
    ('16954', 'Nghĩa Sơn', 'XA', '419'),
    ('16957', 'Nghĩa Lợi', 'XA', '419'),
    ('16960', 'Nghĩa Bình', 'XA', '419'),
    ('16966', 'Nghĩa Minh', 'XA', '419'),
    ('16969', 'Nghĩa Thọ', 'XA', '419'),
    ('16972', 'Nghĩa Hưng', 'XA', '419'),
    ('16975', 'Nghĩa Hồng', 'XA', '419'),
    ('16981', 'Nghĩa Trung', 'XA', '419'),
    ('16984', 'Nghĩa Hội', 'XA', '419'),
    ('16987', 'Nghĩa Thành', 'XA', '419'),
    ('16993', 'Quang Phong', 'PHUONG', '414'),
    ('16994', 'Quang Tiến', 'PHUONG', '414'),
    ('17003', 'Long Sơn', 'PHUONG', '414'),
    ('17005', 'Nghĩa Tiến', 'XA', '414'),
    ('17008', 'Nghĩa Mỹ', 'XA', '414'),
    ('17011', 'Tây Hiếu', 'XA', '414'),
    ('17014', 'Nghĩa Thuận', 'XA', '414'),
    ('17017', 'Đông Hiếu', 'XA', '414'),
    ('17020', 'Nghĩa Đức', 'XA', '419'),
    ('17023', 'Nghĩa An', 'XA', '419'),
    ('17026', 'Nghĩa Long', 'XA', '419'),
    ('17029', 'Nghĩa Lộc', 'XA', '419'),
    ('17032', 'Nghĩa Khánh', 'XA', '419'),
    ('17035', 'Quỳ Hợp', 'THI_TRAN', '420'),
    ('17038', 'Yên Hợp', 'XA', '420'),
    ('17041', 'Châu Tiến', 'XA', '420'),
    ('17044', 'Châu Hồng', 'XA', '420'),
    ('17047', 'Đồng Hợp', 'XA', '420'),
    ('17050', 'Châu Thành', 'XA', '420'),
    ('17053', 'Liên Hợp', 'XA', '420'),
    ('17056', 'Châu Lộc', 'XA', '420'),
    ('17059', 'Tam Hợp', 'XA', '420'),
    ('17062', 'Châu Cường', 'XA', '420'),
    ('17065', 'Châu Quang', 'XA', '420'),
    ('17068', 'Thọ Hợp', 'XA', '420'),
    ('17071', 'Minh Hợp', 'XA', '420'),
    ('17074', 'Nghĩa Xuân', 'XA', '420'),
    ('17077', 'Châu Thái', 'XA', '420'),
    ('17080', 'Châu Đình', 'XA', '420'),
    ('17083', 'Văn Lợi', 'XA', '420'),
    ('17086', 'Nam Sơn', 'XA', '420'),
    ('17089', 'Châu Lý', 'XA', '420'),
    ('17092', 'Hạ Sơn', 'XA', '420'),
    ('17095', 'Bắc Sơn', 'XA', '420'),
    ('17101', 'Quỳnh Thắng', 'XA', '421'),
    ('17104', 'Quỳnh Vinh', 'XA', '432'),
    ('17107', 'Quỳnh Lộc', 'XA', '432'),
    ('17110', 'Quỳnh Thiện', 'PHUONG', '432'),
    ('17113', 'Quỳnh Lập', 'XA', '432'),
    ('17116', 'Quỳnh Trang', 'XA', '432'),
    ('17119', 'Quỳnh Tân', 'XA', '421'),
    ('17122', 'Quỳnh Châu', 'XA', '421'),
    ('17125', 'Mai Hùng', 'PHUONG', '432'),
    ('17128', 'Quỳnh Dị', 'PHUONG', '432'),
    ('17131', 'Quỳnh Xuân', 'PHUONG', '432'),
    ('17134', 'Quỳnh Phương', 'PHUONG', '432'),
    ('17137', 'Quỳnh Liên', 'XA', '432'),
    ('17140', 'Tân Sơn', 'XA', '421'),
    ('17143', 'Quỳnh Văn', 'XA', '421'),
    ('17146', 'Ngọc Sơn', 'XA', '421'),
    ('17149', 'Quỳnh Tam', 'XA', '421'),
    ('17152', 'Quỳnh Sơn', 'XA', '421'),
    ('17155', 'Quỳnh Thạch', 'XA', '421'),
    ('17158', 'Quỳnh Bảng', 'XA', '421'),
    ('17164', 'Quỳnh Thanh', 'XA', '421'),
    ('17167', 'Quỳnh Hậu', 'XA', '421'),
    ('17170', 'Quỳnh Lâm', 'XA', '421'),
    ('17173', 'Quỳnh Đôi', 'XA', '421'),
    ('17176', 'Minh Lương', 'XA', '421'),
    ('17179', 'Cầu Giát', 'THI_TRAN', '421'),
    ('17182', 'Quỳnh Yên', 'XA', '421'),
    ('17185', 'Bình Sơn', 'XA', '421'),
    ('17191', 'Quỳnh Diễn', 'XA', '421'),
    ('17197', 'Quỳnh Giang', 'XA', '421'),
    ('17206', 'An Hòa', 'XA', '421'),
    ('17209', 'Phú Nghĩa', 'XA', '421'),
    ('17212', 'Văn Hải', 'XA', '421'),
    ('17218', 'Thuận Long', 'XA', '421'),
    ('17224', 'Tân Thắng', 'XA', '421'),
    ('17230', 'Bình Chuẩn', 'XA', '422'),
    ('17233', 'Lạng Khê', 'XA', '422'),
    ('17236', 'Cam Lâm', 'XA', '422'),
    ('17239', 'Thạch Ngàn', 'XA', '422'),
    ('17242', 'Đôn Phục', 'XA', '422'),
    ('17245', 'Mậu Đức', 'XA', '422'),
    ('17248', 'Châu Khê', 'XA', '422'),
    ('17251', 'Chi Khê', 'XA', '422'),
    ('17254', 'Trà Lân', 'THI_TRAN', '422'),
    ('17257', 'Yên Khê', 'XA', '422'),
    ('17260', 'Lục Dạ', 'XA', '422'),
    ('17263', 'Môn Sơn', 'XA', '422'),
    ('17266', 'Tân Kỳ', 'THI_TRAN', '423'),
    ('17269', 'Tân Hợp', 'XA', '423'),
    ('17272', 'Tân Phú', 'XA', '423'),
    ('17275', 'Tân Xuân', 'XA', '423'),
    ('17278', 'Giai Xuân', 'XA', '423'),
    ('17281', 'Bình Hợp', 'XA', '423'),
    ('17284', 'Nghĩa Đồng', 'XA', '423'),
    ('17287', 'Đồng Văn', 'XA', '423'),
    ('17290', 'Nghĩa Thái', 'XA', '423'),
    ('17296', 'Hoàn Long', 'XA', '423'),
    ('17299', 'Nghĩa Phúc', 'XA', '423'),
    ('17302', 'Tiên Kỳ', 'XA', '423'),
    ('17305', 'Tân An', 'XA', '423'),
    ('17308', 'Nghĩa Dũng', 'XA', '423'),
    ('17314', 'Kỳ Sơn', 'XA', '423'),
    ('17317', 'Hương Sơn', 'XA', '423'),
    ('17320', 'Kỳ Tân', 'XA', '423'),
    ('17323', 'Phú Sơn', 'XA', '423'),
    ('17325', 'Tân Hương', 'XA', '423'),
    ('17326', 'Nghĩa Hành', 'XA', '423'),
    ('17329', 'Kim Nhan', 'THI_TRAN', '424'),
    ('17332', 'Thọ Sơn', 'XA', '424'),
    ('17335', 'Thành Sơn', 'XA', '424'),
    ('17338', 'Bình Sơn', 'XA', '424'),
    ('17344', 'Tam Đỉnh', 'XA', '424'),
    ('17347', 'Hùng Sơn', 'XA', '424'),
    ('17350', 'Cẩm Sơn', 'XA', '424'),
    ('17353', 'Đức Sơn', 'XA', '424'),
    ('17356', 'Tường Sơn', 'XA', '424'),
    ('17357', 'Hoa Sơn', 'XA', '424'),
    ('17359', 'Tào Sơn', 'XA', '424'),
    ('17362', 'Vĩnh Sơn', 'XA', '424'),
    ('17365', 'Lạng Sơn', 'XA', '424'),
    ('17368', 'Hội Sơn', 'XA', '424'),
    ('17374', 'Phúc Sơn', 'XA', '424'),
    ('17377', 'Long Sơn', 'XA', '424'),
    ('17380', 'Khai Sơn', 'XA', '424'),
    ('17383', 'Lĩnh Sơn', 'XA', '424'),
    ('17386', 'Cao Sơn', 'XA', '424'),
    ('17392', 'Diễn Lâm', 'XA', '425'),
    ('17395', 'Diễn Đoài', 'XA', '425'),
    ('17398', 'Diễn Trường', 'XA', '425'),
    ('17401', 'Diễn Yên', 'XA', '425'),
    ('17404', 'Diễn Hoàng', 'XA', '425'),
    ('17410', 'Diễn Mỹ', 'XA', '425'),
    ('17413', 'Diễn Hồng', 'XA', '425'),
    ('17416', 'Diễn Phong', 'XA', '425'),
    ('17419', 'Hùng Hải', 'XA', '425'),
    ('17425', 'Diễn Liên', 'XA', '425'),
    ('17428', 'Diễn Vạn', 'XA', '425'),
    ('17431', 'Diễn Kim', 'XA', '425'),
    ('17434', 'Diễn Kỷ', 'XA', '425'),
    ('17437', 'Xuân Tháp', 'XA', '425'),
    ('17440', 'Diễn Thái', 'XA', '425'),
    ('17443', 'Diễn Đồng', 'XA', '425'),
    ('17449', 'Hạnh Quảng', 'XA', '425'),
    ('17452', 'Ngọc Bích', 'XA', '425'),
    ('17458', 'Diễn Nguyên', 'XA', '425'),
    ('17461', 'Diễn Hoa', 'XA', '425'),
    ('17464', 'Diễn Thành', 'THI_TRAN', '425'),
    ('17467', 'Diễn Phúc', 'XA', '425'),
    ('17476', 'Diễn Cát', 'XA', '425'),
    ('17479', 'Diễn Thịnh', 'XA', '425'),
    ('17482', 'Diễn Tân', 'XA', '425'),
    ('17485', 'Minh Châu', 'XA', '425'),
    ('17488', 'Diễn Thọ', 'XA', '425'),
    ('17491', 'Diễn Lợi', 'XA', '425'),
    ('17494', 'Diễn Lộc', 'XA', '425'),
    ('17497', 'Diễn Trung', 'XA', '425'),
    ('17500', 'Diễn An', 'XA', '425'),
    ('17503', 'Diễn Phú', 'XA', '425'),
    ('17506', 'Hoa Thành', 'THI_TRAN', '426'),
    ('17509', 'Mã Thành', 'XA', '426'),
    ('17510', 'Tiến Thành', 'XA', '426'),
    ('17512', 'Lăng Thành', 'XA', '426'),
    ('17515', 'Tân Thành', 'XA', '426'),
    ('17518', 'Đức Thành', 'XA', '426'),
    ('17521', 'Kim Thành', 'XA', '426'),
    ('17524', 'Hậu Thành', 'XA', '426'),
    ('17527', 'Đô Thành', 'XA', '426'),
    ('17530', 'Thọ Thành', 'XA', '426'),
    ('17533', 'Quang Thành', 'XA', '426'),
    ('17536', 'Tây Thành', 'XA', '426'),
    ('17539', 'Phúc Thành', 'XA', '426'),
    ('17542', 'Phú Thành', 'XA', '426'),
    ('17545', 'Đồng Thành', 'XA', '426'),
    ('17554', 'Tăng Thành', 'XA', '426'),
    ('17557', 'Văn Thành', 'XA', '426'),
    ('17560', 'Thịnh Thành', 'XA', '426'),
    ('17566', 'Xuân Thành', 'XA', '426'),
    ('17569', 'Bắc Thành', 'XA', '426'),
    ('17572', 'Đông Thành', 'XA', '426'),
    ('17575', 'Trung Thành', 'XA', '426'),
    ('17578', 'Long Thành', 'XA', '426'),
    ('17581', 'Minh Thành', 'XA', '426'),
    ('17584', 'Nam Thành', 'XA', '426'),
    ('17587', 'Vĩnh Thành', 'XA', '426'),
    ('17596', 'Viên Thành', 'XA', '426'),
    ('17602', 'Liên Thành', 'XA', '426'),
    ('17605', 'Bảo Thành', 'XA', '426'),
    ('17608', 'Mỹ Thành', 'XA', '426'),
    ('17611', 'Vân Tụ', 'XA', '426'),
    ('17614', 'Sơn Thành', 'XA', '426'),
    ('17617', 'Đô Lương', 'THI_TRAN', '427'),
    ('17619', 'Giang Sơn Đông', 'XA', '427'),
    ('17620', 'Giang Sơn Tây', 'XA', '427'),
    ('17623', 'Bạch Ngọc', 'XA', '427'),
    ('17626', 'Bồi Sơn', 'XA', '427'),
    ('17629', 'Hồng Sơn', 'XA', '427'),
    ('17632', 'Bài Sơn', 'XA', '427'),
    ('17638', 'Bắc Sơn', 'XA', '427'),
    ('17641', 'Tràng Sơn', 'XA', '427'),
    ('17644', 'Thượng Sơn', 'XA', '427'),
    ('17647', 'Hòa Sơn', 'XA', '427'),
    ('17650', 'Đặng Sơn', 'XA', '427'),
    ('17653', 'Đông Sơn', 'XA', '427'),
    ('17656', 'Nam Sơn', 'XA', '427'),
    ('17659', 'Lưu Sơn', 'XA', '427'),
    ('17662', 'Yên Sơn', 'XA', '427'),
    ('17665', 'Văn Sơn', 'XA', '427'),
    ('17668', 'Đà Sơn', 'XA', '427'),
    ('17671', 'Lạc Sơn', 'XA', '427'),
    ('17674', 'Tân Sơn', 'XA', '427'),
    ('17677', 'Thái Sơn', 'XA', '427'),
    ('17680', 'Quang Sơn', 'XA', '427'),
    ('17683', 'Thịnh Sơn', 'XA', '427'),
    ('17686', 'Trung Sơn', 'XA', '427'),
    ('17689', 'Xuân Sơn', 'XA', '427'),
    ('17692', 'Minh Sơn', 'XA', '427'),
    ('17695', 'Thuận Sơn', 'XA', '427'),
    ('17698', 'Nhân Sơn', 'XA', '427'),
    ('17701', 'Hiến Sơn', 'XA', '427'),
    ('17704', 'Mỹ Sơn', 'XA', '427'),
    ('17707', 'Trù Sơn', 'XA', '427'),
    ('17710', 'Đại Sơn', 'XA', '427'),
    ('17713', 'Dùng', 'THI_TRAN', '428'),
    ('17716', 'Cát Văn', 'XA', '428'),
    ('17719', 'Minh Sơn', 'XA', '428'),
    ('17722', 'Hạnh Lâm', 'XA', '428'),
    ('17723', 'Thanh Sơn', 'XA', '428'),
    ('17728', 'Phong Thịnh', 'XA', '428'),
    ('17731', 'Thanh Phong', 'XA', '428'),
    ('17734', 'Thanh Mỹ', 'XA', '428'),
    ('17737', 'Thanh Tiên', 'XA', '428'),
    ('17743', 'Thanh Liên', 'XA', '428'),
    ('17749', 'Đại Đồng', 'XA', '428'),
    ('17755', 'Thanh Ngọc', 'XA', '428'),
    ('17758', 'Thanh Hương', 'XA', '428'),
    ('17759', 'Ngọc Lâm', 'XA', '428'),
    ('17764', 'Đồng Văn', 'XA', '428'),
    ('17767', 'Ngọc Sơn', 'XA', '428'),
    ('17770', 'Thanh Thịnh', 'XA', '428'),
    ('17773', 'Thanh An', 'XA', '428'),
    ('17776', 'Thanh Quả', 'XA', '428'),
    ('17779', 'Xuân Dương', 'XA', '428'),
    ('17785', 'Minh Tiến', 'XA', '428'),
    ('17791', 'Kim Bảng', 'XA', '428'),
    ('17797', 'Thanh Thủy', 'XA', '428'),
    ('17806', 'Thanh Hà', 'XA', '428'),
    ('17812', 'Thanh Tùng', 'XA', '428'),
    ('17815', 'Thanh Lâm', 'XA', '428'),
    ('17818', 'Mai Giang', 'XA', '428'),
    ('17821', 'Thanh Xuân', 'XA', '428'),
    ('17824', 'Thanh Đức', 'XA', '428'),
    ('17827', 'Quán Hành', 'THI_TRAN', '429'),
    ('17830', 'Nghi Văn', 'XA', '429'),
    ('17833', 'Nghi Yên', 'XA', '429'),
    ('17836', 'Nghi Tiến', 'XA', '429'),
    ('17839', 'Nghi Hưng', 'XA', '429'),
    ('17842', 'Nghi Đồng', 'XA', '429'),
    ('17845', 'Nghi Thiết', 'XA', '429'),
    ('17848', 'Nghi Lâm', 'XA', '429'),
    ('17851', 'Nghi Quang', 'XA', '429'),
    ('17854', 'Nghi Kiều', 'XA', '429'),
    ('17857', 'Nghi Mỹ', 'XA', '429'),
    ('17860', 'Nghi Phương', 'XA', '429'),
    ('17863', 'Nghi Thuận', 'XA', '429'),
    ('17866', 'Nghi Long', 'XA', '429'),
    ('17869', 'Nghi Xá', 'XA', '429'),
    ('17878', 'Khánh Hợp', 'XA', '429'),
    ('17884', 'Nghi Công Bắc', 'XA', '429'),
    ('17887', 'Nghi Công Nam', 'XA', '429'),
    ('17890', 'Nghi Thạch', 'XA', '429'),
    ('17893', 'Nghi Trung', 'XA', '429'),
    ('17896', 'Thịnh Trường', 'XA', '429'),
    ('17899', 'Diên Hoa', 'XA', '429'),
    ('17902', 'Nghi Phong', 'XA', '412'),
    ('17905', 'Nghi Xuân', 'XA', '412'),
    ('17908', 'Nghi Liên', 'XA', '412'),
    ('17911', 'Nghi Vạn', 'XA', '429'),
    ('17914', 'Nghi Ân', 'XA', '412'),
    ('17917', 'Phúc Thọ', 'XA', '412'),
    ('17920', 'Nghi Kim', 'XA', '412'),
    ('17923', 'Nghi Đức', 'PHUONG', '412'),
    ('17926', 'Nghi Thái', 'XA', '412'),
    ('17932', 'Nam Hưng', 'XA', '430'),
    ('17935', 'Nghĩa Thái', 'XA', '430'),
    ('17938', 'Nam Thanh', 'XA', '430'),
    ('17941', 'Nam Anh', 'XA', '430'),
    ('17944', 'Nam Xuân', 'XA', '430'),
    ('17950', 'Nam Đàn', 'THI_TRAN', '430'),
    ('17953', 'Nam Lĩnh', 'XA', '430'),
    ('17956', 'Nam Giang', 'XA', '430'),
    ('17959', 'Xuân Hòa', 'XA', '430'),
    ('17962', 'Hùng Tiến', 'XA', '430'),
    ('17968', 'Thượng Tân Lộc', 'XA', '430'),
    ('17971', 'Kim Liên', 'XA', '430'),
    ('17980', 'Xuân Hồng', 'XA', '430'),
    ('17983', 'Nam Cát', 'XA', '430'),
    ('17986', 'Khánh Sơn', 'XA', '430'),
    ('17989', 'Trung Phúc Cường', 'XA', '430'),
    ('17998', 'Nam Kim', 'XA', '430'),
    ('18001', 'Hưng Nguyên', 'THI_TRAN', '431'),
    ('18004', 'Hưng Trung', 'XA', '431'),
    ('18007', 'Hưng Yên Nam', 'XA', '431'),
    ('18008', 'Hưng Yên Bắc', 'XA', '431'),
    ('18010', 'Hưng Tây', 'XA', '431'),
    ('18013', 'Hưng Chính', 'XA', '412'),
    ('18016', 'Hưng Đạo', 'XA', '431'),
    ('18022', 'Thịnh Mỹ', 'XA', '431'),
    ('18025', 'Hưng Lĩnh', 'XA', '431'),
    ('18028', 'Thông Tân', 'XA', '431'),
    ('18037', 'Hưng Nghĩa', 'XA', '431'),
    ('18040', 'Phúc Lợi', 'XA', '431'),
    ('18043', 'Long Xá', 'XA', '431'),
    ('18052', 'Châu Nhân', 'XA', '431'),
    ('18055', 'Xuân Lam', 'XA', '431'),
    ('18064', 'Hưng Thành', 'XA', '431')
) as o (code, name, type, district_code)
join units d on d.code = o.district_code and d.level = 'DISTRICT_LEVEL'
    and d.valid_from is not distinct from (select min(x.valid_from) from units x where x.code = o.district_code)
where p.code = '40' and p.valid_from is null and d.province_id = p.id;

-- Nghệ An's 130 commune-level units from 1/7/2025 (119 xã, 11 phường)
insert into units (province_id, code, name, type, level, valid_from)
select p.id, n.code, n.name, n.type, 'COMMUNE_LEVEL', date '2025-07-01'
from provinces p cross join (values
    ('16681', 'Thành Vinh', 'PHUONG'),
    ('16690', 'Trường Vinh', 'PHUONG'),
    ('16702', 'Vinh Phú', 'PHUONG'),
    ('16708', 'Vinh Lộc', 'PHUONG'),
    ('16732', 'Cửa Lò', 'PHUONG'),
    ('16738', 'Quế Phong', 'XA'),
    ('16744', 'Thông Thụ', 'XA'),
    ('16750', 'Tiền Phong', 'XA'),
    ('16756', 'Tri Lễ', 'XA'),
    ('16774', 'Mường Quàng', 'XA'),
    ('16777', 'Quỳ Châu', 'XA'),
    ('16792', 'Châu Tiến', 'XA'),
    ('16801', 'Hùng Chân', 'XA'),
    ('16804', 'Châu Bình', 'XA'),
    ('16813', 'Mường Xén', 'XA'),
    ('16816', 'Mỹ Lý', 'XA'),
    ('16819', 'Bắc Lý', 'XA'),
    ('16822', 'Keng Đu', 'XA'),
    ('16828', 'Huồi Tụ', 'XA'),
    ('16831', 'Mường Lống', 'XA'),
    ('16834', 'Na Loi', 'XA'),
    ('16837', 'Nậm Cắn', 'XA'),
    ('16849', 'Hữu Kiệm', 'XA'),
    ('16855', 'Chiêu Lưu', 'XA'),
    ('16858', 'Mường Típ', 'XA'),
    ('16870', 'Na Ngoi', 'XA'),
    ('16876', 'Tương Dương', 'XA'),
    ('16882', 'Nhôn Mai', 'XA'),
    ('16885', 'Hữu Khuông', 'XA'),
    ('16903', 'Nga My', 'XA'),
    ('16906', 'Lượng Minh', 'XA'),
    ('16909', 'Yên Hòa', 'XA'),
    ('16912', 'Yên Na', 'XA'),
    ('16933', 'Tam Quang', 'XA'),
    ('16936', 'Tam Thái', 'XA'),
    ('16939', 'Thái Hòa', 'PHUONG'),
    ('16941', 'Nghĩa Đàn', 'XA'),
    ('16951', 'Nghĩa Lâm', 'XA'),
    ('16969', 'Nghĩa Thọ', 'XA'),
    ('16972', 'Nghĩa Hưng', 'XA'),
    ('16975', 'Nghĩa Mai', 'XA'),
    ('17011', 'Tây Hiếu', 'PHUONG'),
    ('17017', 'Đông Hiếu', 'XA'),
    ('17029', 'Nghĩa Lộc', 'XA'),
    ('17032', 'Nghĩa Khánh', 'XA'),
    ('17035', 'Quỳ Hợp', 'XA'),
    ('17044', 'Châu Hồng', 'XA'),
    ('17056', 'Châu Lộc', 'XA'),
    ('17059', 'Tam Hợp', 'XA'),
    ('17071', 'Minh Hợp', 'XA'),
    ('17077', 'Mường Ham', 'XA'),
    ('17089', 'Mường Chọng', 'XA'),
    ('17110', 'Hoàng Mai', 'PHUONG'),
    ('17125', 'Quỳnh Mai', 'PHUONG'),
    ('17128', 'Tân Mai', 'PHUONG'),
    ('17143', 'Quỳnh Văn', 'XA'),
    ('17149', 'Quỳnh Tam', 'XA'),
    ('17170', 'Quỳnh Sơn', 'XA'),
    ('17176', 'Quỳnh Anh', 'XA'),
    ('17179', 'Quỳnh Lưu', 'XA'),
    ('17212', 'Quỳnh Phú', 'XA'),
    ('17224', 'Quỳnh Thắng', 'XA'),
    ('17230', 'Bình Chuẩn', 'XA'),
    ('17239', 'Mậu Thạch', 'XA'),
    ('17242', 'Cam Phục', 'XA'),
    ('17248', 'Châu Khê', 'XA'),
    ('17254', 'Con Cuông', 'XA'),
    ('17263', 'Môn Sơn', 'XA'),
    ('17266', 'Tân Kỳ', 'XA'),
    ('17272', 'Tân Phú', 'XA'),
    ('17278', 'Giai Xuân', 'XA'),
    ('17284', 'Nghĩa Đồng', 'XA'),
    ('17287', 'Tiên Đồng', 'XA'),
    ('17305', 'Tân An', 'XA'),
    ('17326', 'Nghĩa Hành', 'XA'),
    ('17329', 'Anh Sơn', 'XA'),
    ('17335', 'Thành Bình Thọ', 'XA'),
    ('17344', 'Nhân Hòa', 'XA'),
    ('17357', 'Vĩnh Tường', 'XA'),
    ('17365', 'Anh Sơn Đông', 'XA'),
    ('17380', 'Yên Xuân', 'XA'),
    ('17395', 'Hùng Châu', 'XA'),
    ('17416', 'Đức Châu', 'XA'),
    ('17419', 'Hải Châu', 'XA'),
    ('17443', 'Quảng Châu', 'XA'),
    ('17464', 'Diễn Châu', 'XA'),
    ('17476', 'Minh Châu', 'XA'),
    ('17479', 'An Châu', 'XA'),
    ('17488', 'Tân Châu', 'XA'),
    ('17506', 'Yên Thành', 'XA'),
    ('17515', 'Bình Minh', 'XA'),
    ('17521', 'Quang Đồng', 'XA'),
    ('17524', 'Giai Lạc', 'XA'),
    ('17530', 'Đông Thành', 'XA'),
    ('17560', 'Vân Du', 'XA'),
    ('17569', 'Quan Thành', 'XA'),
    ('17605', 'Hợp Minh', 'XA'),
    ('17611', 'Vân Tụ', 'XA'),
    ('17623', 'Bạch Ngọc', 'XA'),
    ('17641', 'Lương Sơn', 'XA'),
    ('17662', 'Đô Lương', 'XA'),
    ('17677', 'Văn Hiến', 'XA'),
    ('17689', 'Thuần Trung', 'XA'),
    ('17707', 'Bạch Hà', 'XA'),
    ('17713', 'Đại Đồng', 'XA'),
    ('17722', 'Hạnh Lâm', 'XA'),
    ('17728', 'Cát Ngạn', 'XA'),
    ('17743', 'Tam Đồng', 'XA'),
    ('17759', 'Sơn Lâm', 'XA'),
    ('17770', 'Hoa Quân', 'XA'),
    ('17779', 'Xuân Lâm', 'XA'),
    ('17791', 'Kim Bảng', 'XA'),
    ('17818', 'Bích Hào', 'XA'),
    ('17827', 'Nghi Lộc', 'XA'),
    ('17833', 'Hải Lộc', 'XA'),
    ('17842', 'Thần Lĩnh', 'XA'),
    ('17854', 'Văn Kiều', 'XA'),
    ('17857', 'Phúc Lộc', 'XA'),
    ('17866', 'Trung Lộc', 'XA'),
    ('17878', 'Đông Lộc', 'XA'),
    ('17920', 'Vinh Hưng', 'PHUONG'),
    ('17935', 'Nam Đàn', 'XA'),
    ('17944', 'Đại Huệ', 'XA'),
    ('17950', 'Vạn An', 'XA'),
    ('17971', 'Kim Liên', 'XA'),
    ('17989', 'Thiên Nhẫn', 'XA'),
    ('18001', 'Hưng Nguyên', 'XA'),
    ('18007', 'Yên Trung', 'XA'),
    ('18028', 'Hưng Nguyên Nam', 'XA'),
    ('18040', 'Lam Thành', 'XA')
) as n (code, name, type)
where p.code = '40' and p.valid_from is null;

-- lineage: each new unit and the old ones it was formed from (clause of Article 1)
insert into unit_lineage (unit_id, predecessor_id, effective, kind)
select n.id, o.id, date '2025-07-01', l.kind from (values
    ('16681', '16663', 'MERGED'),
    ('16681', '16669', 'MERGED'),
    ('16681', '16672', 'MERGED'),
    ('16681', '16678', 'MERGED'),
    ('16681', '16681', 'MERGED'),
    ('16681', '18013', 'MERGED'),
    ('16690', '16673', 'MERGED'),
    ('16690', '16675', 'MERGED'),
    ('16690', '16690', 'MERGED'),
    ('16690', '16693', 'MERGED'),
    ('16690', '16699', 'MERGED'),
    ('16690', '16711', 'MERGED'),
    ('16690', '16714', 'MERGED'),
    ('16702', '16666', 'MERGED'),
    ('16702', '16702', 'MERGED'),
    ('16702', '17914', 'MERGED'),
    ('16702', '17923', 'MERGED'),
    ('16708', '16708', 'MERGED'),
    ('16708', '17902', 'MERGED'),
    ('16708', '17905', 'MERGED'),
    ('16708', '17917', 'MERGED'),
    ('16708', '17926', 'MERGED'),
    ('16732', '16717', 'MERGED'),
    ('16732', '16720', 'MERGED'),
    ('16732', '16723', 'MERGED'),
    ('16732', '16726', 'MERGED'),
    ('16732', '16729', 'MERGED'),
    ('16732', '16732', 'MERGED'),
    ('16732', '16735', 'MERGED'),
    ('16738', '16738', 'MERGED'),
    ('16738', '16753', 'MERGED'),
    ('16738', '16759', 'MERGED'),
    ('16738', '16763', 'MERGED'),
    ('16744', '16741', 'MERGED'),
    ('16744', '16744', 'MERGED'),
    ('16750', '16747', 'MERGED'),
    ('16750', '16750', 'MERGED'),
    ('16756', '16756', 'MERGED'),
    ('16756', '16768', 'MERGED'),
    ('16774', '16765', 'MERGED'),
    ('16774', '16771', 'MERGED'),
    ('16774', '16774', 'MERGED'),
    ('16777', '16777', 'MERGED'),
    ('16777', '16786', 'MERGED'),
    ('16777', '16789', 'MERGED'),
    ('16777', '16795', 'MERGED'),
    ('16792', '16780', 'MERGED'),
    ('16792', '16783', 'MERGED'),
    ('16792', '16792', 'MERGED'),
    ('16792', '16798', 'MERGED'),
    ('16801', '16801', 'MERGED'),
    ('16801', '16807', 'MERGED'),
    ('16801', '16810', 'MERGED'),
    ('16804', '16804', 'CONTINUED'),
    ('16813', '16813', 'MERGED'),
    ('16813', '16852', 'MERGED'),
    ('16813', '16864', 'MERGED'),
    ('16816', '16816', 'CONTINUED'),
    ('16819', '16819', 'CONTINUED'),
    ('16822', '16822', 'CONTINUED'),
    ('16828', '16828', 'CONTINUED'),
    ('16831', '16831', 'CONTINUED'),
    ('16834', '16825', 'MERGED'),
    ('16834', '16834', 'MERGED'),
    ('16837', '16837', 'MERGED'),
    ('16837', '16843', 'MERGED'),
    ('16849', '16840', 'MERGED'),
    ('16849', '16849', 'MERGED'),
    ('16849', '16861', 'MERGED'),
    ('16855', '16846', 'MERGED'),
    ('16855', '16855', 'MERGED'),
    ('16858', '16858', 'MERGED'),
    ('16858', '16867', 'MERGED'),
    ('16870', '16870', 'MERGED'),
    ('16870', '16873', 'MERGED'),
    ('16876', '16876', 'MERGED'),
    ('16876', '16915', 'MERGED'),
    ('16876', '16921', 'MERGED'),
    ('16882', '16879', 'MERGED'),
    ('16882', '16882', 'MERGED'),
    ('16885', '16885', 'CONTINUED'),
    ('16903', '16903', 'MERGED'),
    ('16903', '16904', 'MERGED'),
    ('16906', '16906', 'CONTINUED'),
    ('16909', '16909', 'MERGED'),
    ('16909', '16930', 'MERGED'),
    ('16912', '16900', 'MERGED'),
    ('16912', '16912', 'MERGED'),
    ('16933', '16927', 'MERGED'),
    ('16933', '16933', 'MERGED'),
    ('16936', '16924', 'MERGED'),
    ('16936', '16936', 'MERGED'),
    ('16939', '16939', 'MERGED'),
    ('16939', '16993', 'MERGED'),
    ('16939', '17003', 'MERGED'),
    ('16941', '16941', 'MERGED'),
    ('16941', '16960', 'MERGED'),
    ('16941', '16981', 'MERGED'),
    ('16951', '16945', 'MERGED'),
    ('16951', '16948', 'MERGED'),
    ('16951', '16951', 'MERGED'),
    ('16951', '16954', 'MERGED'),
    ('16969', '16957', 'MERGED'),
    ('16969', '16969', 'MERGED'),
    ('16969', '16984', 'MERGED'),
    ('16972', '16972', 'MERGED'),
    ('16972', '16987', 'MERGED'),
    ('16975', '16942', 'MERGED'),
    ('16975', '16966', 'MERGED'),
    ('16975', '16975', 'MERGED'),
    ('17011', '16994', 'MERGED'),
    ('17011', '17005', 'MERGED'),
    ('17011', '17011', 'MERGED'),
    ('17017', '17008', 'MERGED'),
    ('17017', '17014', 'MERGED'),
    ('17017', '17017', 'MERGED'),
    ('17029', '17026', 'MERGED'),
    ('17029', '17029', 'MERGED'),
    ('17032', '17020', 'MERGED'),
    ('17032', '17023', 'MERGED'),
    ('17032', '17032', 'MERGED'),
    ('17035', '17035', 'MERGED'),
    ('17035', '17065', 'MERGED'),
    ('17035', '17068', 'MERGED'),
    ('17035', '17080', 'MERGED'),
    ('17044', '17041', 'MERGED'),
    ('17044', '17044', 'MERGED'),
    ('17044', '17050', 'MERGED'),
    ('17056', '17053', 'MERGED'),
    ('17056', '17056', 'MERGED'),
    ('17059', '17038', 'MERGED'),
    ('17059', '17047', 'MERGED'),
    ('17059', '17059', 'MERGED'),
    ('17059', '17074', 'MERGED'),
    ('17071', '17071', 'MERGED'),
    ('17071', '17083', 'MERGED'),
    ('17071', '17092', 'MERGED'),
    ('17077', '17062', 'MERGED'),
    ('17077', '17077', 'MERGED'),
    ('17089', '17086', 'MERGED'),
    ('17089', '17089', 'MERGED'),
    ('17089', '17095', 'MERGED'),
    ('17110', '17104', 'MERGED'),
    ('17110', '17110', 'MERGED'),
    ('17110', '17116', 'MERGED'),
    ('17125', '17125', 'MERGED'),
    ('17125', '17131', 'MERGED'),
    ('17125', '17134', 'MERGED'),
    ('17125', '17137', 'MERGED'),
    ('17128', '17107', 'MERGED'),
    ('17128', '17113', 'MERGED'),
    ('17128', '17128', 'MERGED'),
    ('17143', '17119', 'MERGED'),
    ('17143', '17143', 'MERGED'),
    ('17143', '17155', 'MERGED'),
    ('17149', '17122', 'MERGED'),
    ('17149', '17140', 'MERGED'),
    ('17149', '17149', 'MERGED'),
    ('17170', '17146', 'MERGED'),
    ('17170', '17152', 'MERGED'),
    ('17170', '17170', 'MERGED'),
    ('17176', '17158', 'MERGED'),
    ('17176', '17164', 'MERGED'),
    ('17176', '17173', 'MERGED'),
    ('17176', '17176', 'MERGED'),
    ('17176', '17182', 'MERGED'),
    ('17179', '17167', 'MERGED'),
    ('17179', '17179', 'MERGED'),
    ('17179', '17185', 'MERGED'),
    ('17179', '17191', 'MERGED'),
    ('17179', '17197', 'MERGED'),
    ('17212', '17206', 'MERGED'),
    ('17212', '17209', 'MERGED'),
    ('17212', '17212', 'MERGED'),
    ('17212', '17218', 'MERGED'),
    ('17224', '17101', 'MERGED'),
    ('17224', '17224', 'MERGED'),
    ('17230', '17230', 'CONTINUED'),
    ('17239', '17239', 'MERGED'),
    ('17239', '17245', 'MERGED'),
    ('17242', '17236', 'MERGED'),
    ('17242', '17242', 'MERGED'),
    ('17248', '17233', 'MERGED'),
    ('17248', '17248', 'MERGED'),
    ('17254', '17251', 'MERGED'),
    ('17254', '17254', 'MERGED'),
    ('17254', '17257', 'MERGED'),
    ('17263', '17260', 'MERGED'),
    ('17263', '17263', 'MERGED'),
    ('17266', '17266', 'MERGED'),
    ('17266', '17308', 'MERGED'),
    ('17266', '17314', 'MERGED'),
    ('17266', '17320', 'MERGED'),
    ('17272', '17272', 'MERGED'),
    ('17272', '17275', 'MERGED'),
    ('17272', '17290', 'MERGED'),
    ('17272', '17296', 'MERGED'),
    ('17278', '17269', 'MERGED'),
    ('17278', '17278', 'MERGED'),
    ('17284', '17281', 'MERGED'),
    ('17284', '17284', 'MERGED'),
    ('17287', '17287', 'MERGED'),
    ('17287', '17302', 'MERGED'),
    ('17305', '17299', 'MERGED'),
    ('17305', '17305', 'MERGED'),
    ('17305', '17317', 'MERGED'),
    ('17326', '17323', 'MERGED'),
    ('17326', '17325', 'MERGED'),
    ('17326', '17326', 'MERGED'),
    ('17329', '17329', 'MERGED'),
    ('17329', '17353', 'MERGED'),
    ('17329', '17374', 'MERGED'),
    ('17335', '17332', 'MERGED'),
    ('17335', '17335', 'MERGED'),
    ('17335', '17338', 'MERGED'),
    ('17344', '17344', 'MERGED'),
    ('17344', '17347', 'MERGED'),
    ('17344', '17350', 'MERGED'),
    ('17357', '17356', 'MERGED'),
    ('17357', '17357', 'MERGED'),
    ('17357', '17368', 'MERGED'),
    ('17365', '17359', 'MERGED'),
    ('17365', '17362', 'MERGED'),
    ('17365', '17365', 'MERGED'),
    ('17380', '17377', 'MERGED'),
    ('17380', '17380', 'MERGED'),
    ('17380', '17383', 'MERGED'),
    ('17380', '17386', 'MERGED'),
    ('17395', '17392', 'MERGED'),
    ('17395', '17395', 'MERGED'),
    ('17395', '17398', 'MERGED'),
    ('17395', '17401', 'MERGED'),
    ('17416', '17413', 'MERGED'),
    ('17416', '17416', 'MERGED'),
    ('17416', '17428', 'MERGED'),
    ('17416', '17434', 'MERGED'),
    ('17419', '17404', 'MERGED'),
    ('17419', '17410', 'MERGED'),
    ('17419', '17419', 'MERGED'),
    ('17419', '17431', 'MERGED'),
    ('17443', '17425', 'MERGED'),
    ('17443', '17437', 'MERGED'),
    ('17443', '17440', 'MERGED'),
    ('17443', '17443', 'MERGED'),
    ('17464', '17452', 'MERGED'),
    ('17464', '17461', 'MERGED'),
    ('17464', '17464', 'MERGED'),
    ('17464', '17467', 'MERGED'),
    ('17476', '17449', 'MERGED'),
    ('17476', '17458', 'MERGED'),
    ('17476', '17476', 'MERGED'),
    ('17476', '17485', 'MERGED'),
    ('17479', '17479', 'MERGED'),
    ('17479', '17482', 'MERGED'),
    ('17479', '17497', 'MERGED'),
    ('17479', '17500', 'MERGED'),
    ('17488', '17488', 'MERGED'),
    ('17488', '17491', 'MERGED'),
    ('17488', '17494', 'MERGED'),
    ('17488', '17503', 'MERGED'),
    ('17506', '17506', 'MERGED'),
    ('17506', '17554', 'MERGED'),
    ('17506', '17557', 'MERGED'),
    ('17506', '17572', 'MERGED'),
    ('17515', '17509', 'MERGED'),
    ('17515', '17510', 'MERGED'),
    ('17515', '17515', 'MERGED'),
    ('17515', '17518', 'MERGED'),
    ('17521', '17521', 'MERGED'),
    ('17521', '17533', 'MERGED'),
    ('17521', '17545', 'MERGED'),
    ('17524', '17512', 'MERGED'),
    ('17524', '17524', 'MERGED'),
    ('17524', '17539', 'MERGED'),
    ('17530', '17527', 'MERGED'),
    ('17530', '17530', 'MERGED'),
    ('17530', '17542', 'MERGED'),
    ('17560', '17536', 'MERGED'),
    ('17560', '17560', 'MERGED'),
    ('17560', '17581', 'MERGED'),
    ('17569', '17566', 'MERGED'),
    ('17569', '17569', 'MERGED'),
    ('17569', '17575', 'MERGED'),
    ('17569', '17584', 'MERGED'),
    ('17605', '17578', 'MERGED'),
    ('17605', '17587', 'MERGED'),
    ('17605', '17596', 'MERGED'),
    ('17605', '17605', 'MERGED'),
    ('17605', '17614', 'MERGED'),
    ('17611', '17602', 'MERGED'),
    ('17611', '17608', 'MERGED'),
    ('17611', '17611', 'MERGED'),
    ('17623', '17619', 'MERGED'),
    ('17623', '17620', 'MERGED'),
    ('17623', '17623', 'MERGED'),
    ('17623', '17626', 'MERGED'),
    ('17641', '17629', 'MERGED'),
    ('17641', '17632', 'MERGED'),
    ('17641', '17641', 'MERGED'),
    ('17641', '17653', 'MERGED'),
    ('17662', '17617', 'MERGED'),
    ('17662', '17638', 'MERGED'),
    ('17662', '17650', 'MERGED'),
    ('17662', '17656', 'MERGED'),
    ('17662', '17659', 'MERGED'),
    ('17662', '17662', 'MERGED'),
    ('17662', '17665', 'MERGED'),
    ('17662', '17668', 'MERGED'),
    ('17662', '17683', 'MERGED'),
    ('17677', '17644', 'MERGED'),
    ('17677', '17647', 'MERGED'),
    ('17677', '17674', 'MERGED'),
    ('17677', '17677', 'MERGED'),
    ('17677', '17680', 'MERGED'),
    ('17689', '17671', 'MERGED'),
    ('17689', '17686', 'MERGED'),
    ('17689', '17689', 'MERGED'),
    ('17689', '17692', 'MERGED'),
    ('17689', '17695', 'MERGED'),
    ('17689', '17698', 'MERGED'),
    ('17707', '17701', 'MERGED'),
    ('17707', '17704', 'MERGED'),
    ('17707', '17707', 'MERGED'),
    ('17707', '17710', 'MERGED'),
    ('17713', '17713', 'MERGED'),
    ('17713', '17731', 'MERGED'),
    ('17713', '17749', 'MERGED'),
    ('17713', '17755', 'MERGED'),
    ('17713', '17764', 'MERGED'),
    ('17722', '17722', 'MERGED'),
    ('17722', '17824', 'MERGED'),
    ('17728', '17716', 'MERGED'),
    ('17728', '17719', 'MERGED'),
    ('17728', '17728', 'MERGED'),
    ('17743', '17734', 'MERGED'),
    ('17743', '17737', 'MERGED'),
    ('17743', '17743', 'MERGED'),
    ('17759', '17723', 'MERGED'),
    ('17759', '17759', 'MERGED'),
    ('17770', '17758', 'MERGED'),
    ('17770', '17770', 'MERGED'),
    ('17770', '17773', 'MERGED'),
    ('17770', '17776', 'MERGED'),
    ('17779', '17767', 'MERGED'),
    ('17779', '17779', 'MERGED'),
    ('17779', '17785', 'MERGED'),
    ('17791', '17791', 'MERGED'),
    ('17791', '17797', 'MERGED'),
    ('17791', '17806', 'MERGED'),
    ('17818', '17812', 'MERGED'),
    ('17818', '17815', 'MERGED'),
    ('17818', '17818', 'MERGED'),
    ('17818', '17821', 'MERGED'),
    ('17827', '17827', 'MERGED'),
    ('17827', '17893', 'MERGED'),
    ('17827', '17899', 'MERGED'),
    ('17827', '17911', 'MERGED'),
    ('17833', '17833', 'MERGED'),
    ('17833', '17836', 'MERGED'),
    ('17833', '17845', 'MERGED'),
    ('17842', '17839', 'MERGED'),
    ('17842', '17842', 'MERGED'),
    ('17842', '17860', 'MERGED'),
    ('17854', '17830', 'MERGED'),
    ('17854', '17854', 'MERGED'),
    ('17857', '17848', 'MERGED'),
    ('17857', '17857', 'MERGED'),
    ('17857', '17884', 'MERGED'),
    ('17857', '17887', 'MERGED'),
    ('17866', '17851', 'MERGED'),
    ('17866', '17863', 'MERGED'),
    ('17866', '17866', 'MERGED'),
    ('17866', '17869', 'MERGED'),
    ('17878', '17878', 'MERGED'),
    ('17878', '17890', 'MERGED'),
    ('17878', '17896', 'MERGED'),
    ('17920', '16670', 'MERGED'),
    ('17920', '16705', 'MERGED'),
    ('17920', '17908', 'MERGED'),
    ('17920', '17920', 'MERGED'),
    ('17935', '17932', 'MERGED'),
    ('17935', '17935', 'MERGED'),
    ('17935', '17938', 'MERGED'),
    ('17944', '17941', 'MERGED'),
    ('17944', '17944', 'MERGED'),
    ('17944', '17953', 'MERGED'),
    ('17950', '17950', 'MERGED'),
    ('17950', '17959', 'MERGED'),
    ('17950', '17968', 'MERGED'),
    ('17971', '17956', 'MERGED'),
    ('17971', '17962', 'MERGED'),
    ('17971', '17971', 'MERGED'),
    ('17971', '17980', 'MERGED'),
    ('17971', '17983', 'MERGED'),
    ('17989', '17986', 'MERGED'),
    ('17989', '17989', 'MERGED'),
    ('17989', '17998', 'MERGED'),
    ('18001', '18001', 'MERGED'),
    ('18001', '18010', 'MERGED'),
    ('18001', '18016', 'MERGED'),
    ('18001', '18022', 'MERGED'),
    ('18007', '18004', 'MERGED'),
    ('18007', '18007', 'MERGED'),
    ('18007', '18008', 'MERGED'),
    ('18028', '18025', 'MERGED'),
    ('18028', '18028', 'MERGED'),
    ('18028', '18043', 'MERGED'),
    ('18028', '18055', 'MERGED'),
    ('18040', '18037', 'MERGED'),
    ('18040', '18040', 'MERGED'),
    ('18040', '18052', 'MERGED'),
    ('18040', '18064', 'MERGED')
) as l (new_code, old_code, kind)
join units n on n.code = l.new_code and n.level = 'COMMUNE_LEVEL' and n.valid_from = date '2025-07-01'
join units o on o.code = l.old_code and o.level = 'COMMUNE_LEVEL' and o.valid_from is null;

-- Hà Giang town became a city on 27/9/2010 (same code, one row per period)
insert into unit_lineage (unit_id, predecessor_id, effective, kind)
select n.id, o.id, n.valid_from, 'RETYPED'
from units n join units o on o.code = n.code and o.province_id = n.province_id and o.valid_to = n.valid_from - 1
where n.code = '024';

-- the organizing department of the clusters, per period. Each province's Sở Thông tin và Truyền
-- thông merged into its Sở Khoa học và Công nghệ, which works from 1/3/2025 (after Nghị định
-- 55/2025/NĐ-CP of 2/3/2025 merged the two ministries); a merged province's department begins
-- with the province on 1/7/2025
insert into departments (province_id, valid_from, valid_to, name, short_name, symbol, governing_body,
        governing_body_short, place, head_title, sector)
select p.id, d.valid_from::date, d.valid_to::date, d.name, d.short_name, d.symbol, 'Ủy ban nhân dân tỉnh ' || p.name,
        'UBND tỉnh ' || p.name, p.name, 'Giám đốc', d.sector
from provinces p
join (values
    ('40', null, '2025-02-28', 'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'STTTT', 'ngành Thông tin và Truyền thông'),
    ('40', '2025-03-01', null, 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 'SKHCN', 'ngành Khoa học và Công nghệ'),
    ('02', null, '2025-02-28', 'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'STTTT', 'ngành Thông tin và Truyền thông'),
    ('02', '2025-03-01', '2025-06-30', 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 'SKHCN', 'ngành Khoa học và Công nghệ'),
    ('80', null, '2025-02-28', 'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'STTTT', 'ngành Thông tin và Truyền thông'),
    ('80', '2025-03-01', '2025-06-30', 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 'SKHCN', 'ngành Khoa học và Công nghệ')
) as d (code, valid_from, valid_to, name, short_name, symbol, sector)
    on p.code = d.code and p.valid_from is null;
insert into departments (province_id, valid_from, name, short_name, symbol, governing_body, governing_body_short,
        place, head_title, sector)
select p.id, p.valid_from, 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 'SKHCN', 'Ủy ban nhân dân tỉnh ' || p.name,
        'UBND tỉnh ' || p.name, p.name,
        'Giám đốc', 'ngành Khoa học và Công nghệ'
from provinces p where p.code in ('08', '80') and p.valid_from = date '2025-07-01';
