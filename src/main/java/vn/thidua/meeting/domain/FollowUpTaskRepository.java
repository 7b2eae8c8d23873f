package vn.thidua.meeting.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import vn.thidua.meeting.FollowUpTask;

public interface FollowUpTaskRepository extends Repository<FollowUpTask, Long> {

	@Query("""
			select t from FollowUpTask t left join fetch t.responsibleUnit
			where t.meeting.id = :meetingId order by t.dueDate nulls last, t.id
			""")
	List<FollowUpTask> findOfMeeting(long meetingId);

	@Query("""
			select t from FollowUpTask t join fetch t.meeting m left join fetch t.responsibleUnit
			where t.id = :id and m.id = :meetingId and m.provinceId = :provinceId
			""")
	Optional<FollowUpTask> findInMeeting(long id, long meetingId, long provinceId);

	@Query("""
			select t from FollowUpTask t join fetch t.meeting m left join fetch t.responsibleUnit
			where t.status = 'OPEN' and t.responsibleUnit.id = :unitId
			order by t.dueDate nulls last, t.id
			""")
	List<FollowUpTask> findOpenOfUnit(long unitId);

	@Query("""
			select t from FollowUpTask t join fetch t.meeting m left join fetch t.responsibleUnit
			where t.status = 'OPEN' and m.provinceId = :provinceId
			order by t.dueDate nulls last, t.id
			""")
	List<FollowUpTask> findOpenInProvince(long provinceId);

	@Query("""
			select t from FollowUpTask t join fetch t.meeting m left join fetch t.responsibleUnit
			where t.status = 'OPEN' and m.cluster.id = :clusterId
			order by t.dueDate nulls last, t.id
			""")
	List<FollowUpTask> findOpenOfCluster(long clusterId);

}
