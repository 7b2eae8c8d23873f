package vn.thidua.meeting.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import vn.thidua.meeting.Meeting;
import vn.thidua.meeting.MeetingKind;

public interface MeetingRepository extends Repository<Meeting, Long> {

	Meeting save(Meeting meeting);

	java.util.Optional<Meeting> findByClosingId(long closingId);

	@Query(value = """
			select m from Meeting m left join fetch m.cluster left join fetch m.hostUnit
			where m.provinceId in :provinceIds
			and (:year is null or extract(year from m.startDate) = :year)
			and (:kind is null or m.kind = :kind)
			and (:clusterId is null or m.cluster.id = :clusterId)
			and (:hostId is null or m.hostUnit.id = :hostId)
			and (:text is null or lower(m.title) like :text or lower(m.conclusions) like :text)
			""", countQuery = """
			select count(m) from Meeting m
			where m.provinceId in :provinceIds
			and (:year is null or extract(year from m.startDate) = :year)
			and (:kind is null or m.kind = :kind)
			and (:clusterId is null or m.cluster.id = :clusterId)
			and (:hostId is null or m.hostUnit.id = :hostId)
			and (:text is null or lower(m.title) like :text or lower(m.conclusions) like :text)
			""")
	Page<Meeting> search(java.util.Collection<Long> provinceIds, Integer year, MeetingKind kind, Long clusterId,
			Long hostId, String text, Pageable pageable);

	@Query("""
			select m from Meeting m left join fetch m.cluster c left join fetch c.leader
			left join fetch m.hostUnit left join fetch m.participants
			where m.id = :id and m.provinceId in :provinceIds
			""")
	Optional<Meeting> findInProvinces(long id, java.util.Collection<Long> provinceIds);

	@Query("select m from Meeting m where m.cluster.id = :clusterId order by m.startDate desc, m.id desc")
	List<Meeting> findByCluster(long clusterId);

	@Query("""
			select distinct extract(year from m.startDate) from Meeting m where m.provinceId in :provinceIds
			order by 1 desc
			""")
	List<Integer> findYears(java.util.Collection<Long> provinceIds);

}
