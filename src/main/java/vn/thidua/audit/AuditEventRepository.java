package vn.thidua.audit;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	@Query("select e from AuditEvent e where e.entityType = :type and e.entityId = :id order by e.occurredAt, e.id")
	List<AuditEvent> findOfEntity(String type, long id);

}
