-- Demo (illustrative, as the membership is): Cụm 3 has held its 2014 closing conference.
-- Six members voted by paper ballot: Tương Dương (ranked first, Xuất sắc) proposed for the
-- Cờ thi đua with 6 of 6, Quế Phong (ranked second) for a Bằng khen with 5 of 6; Con Cuông,
-- this year's deputy, leads the cluster in 2015 with Quế Phong as deputy. Cụm 1 and Cụm 2 have not closed.
insert into cluster_closings (cluster_id, year, status, ballot_mode, held_on, place, ballots_cast, ballots_valid,
                              next_leader_id, next_deputy_id, closed_at)
select c.id, 2014, 'CLOSED', 'PAPER', date '2014-12-19', 'Hội trường UBND huyện Tương Dương', 6, 6,
       (select d.id from districts d where d.province_id = c.province_id and d.name = 'Con Cuông'),
       (select d.id from districts d where d.province_id = c.province_id and d.name = 'Quế Phong'),
       timestamp with time zone '2014-12-19 16:30:00+07'
from clusters c
where c.name = 'Cụm 3' and c.year = 2014;

insert into closing_candidates (closing_id, position, award, district_id, reason, votes)
select cc.id, v.position, v.award, d.id, null, v.votes
from cluster_closings cc
join clusters c on c.id = cc.cluster_id
join (values (0, 'CO_THI_DUA', 'Tương Dương', 6), (1, 'BANG_KHEN', 'Quế Phong', 5))
    as v(position, award, name, votes) on true
join districts d on d.province_id = c.province_id and d.name = v.name
where c.name = 'Cụm 3' and c.year = 2014;
