package vn.thidua.audit;

import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

	AuditEvent save(AuditEvent event);

	@Query("select e from AuditEvent e where e.entityType = :type and e.entityId = :id order by e.occurredAt, e.id")
	List<AuditEvent> findOfEntity(String type, long id);

	@Query("select distinct e.entityType from AuditEvent e where e.provinceId = :provinceId order by e.entityType")
	List<String> findEntityTypes(long provinceId);

}
