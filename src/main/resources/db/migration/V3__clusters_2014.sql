-- The 2014 emulation clusters of the Nghệ An department. The articles name only the leader
-- districts (Yên Thành, Quỳnh Lưu, Tương Dương); deputies and members are an illustrative,
-- geographic grouping that an administrator may edit. The note says so in the UI.

insert into clusters (province_id, year, name, leader_district_id, deputy_district_id, note)
select p.id, 2014, c.name, leader.id, deputy.id, 'ILLUSTRATIVE_MEMBERSHIP'
from provinces p
cross join (values
    ('Cụm 1', '421', '432'),
    ('Cụm 2', '426', '427'),
    ('Cụm 3', '418', '422')
) as c (name, leader_code, deputy_code)
join districts leader on leader.province_id = p.id and leader.code = c.leader_code
join districts deputy on deputy.province_id = p.id and deputy.code = c.deputy_code
where p.code = '40';

insert into cluster_members (cluster_id, year, district_id)
select c.id, c.year, d.id
from provinces p
join clusters c on c.province_id = p.id and c.year = 2014
cross join (values
    ('Cụm 1', '421'), ('Cụm 1', '432'), ('Cụm 1', '425'), ('Cụm 1', '419'),
    ('Cụm 1', '414'), ('Cụm 1', '423'), ('Cụm 1', '420'),
    ('Cụm 2', '426'), ('Cụm 2', '427'), ('Cụm 2', '428'), ('Cụm 2', '430'),
    ('Cụm 2', '431'), ('Cụm 2', '429'), ('Cụm 2', '412'), ('Cụm 2', '413'),
    ('Cụm 3', '418'), ('Cụm 3', '417'), ('Cụm 3', '422'), ('Cụm 3', '424'),
    ('Cụm 3', '415'), ('Cụm 3', '416')
) as m (cluster_name, district_code)
join districts d on d.province_id = p.id and d.code = m.district_code
where p.code = '40' and c.name = m.cluster_name;
