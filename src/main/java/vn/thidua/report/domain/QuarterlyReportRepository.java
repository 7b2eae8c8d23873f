package vn.thidua.report.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import vn.thidua.report.QuarterlyReport;
import vn.thidua.report.ReportStatus;

public interface QuarterlyReportRepository extends Repository<QuarterlyReport, Long> {

	QuarterlyReport save(QuarterlyReport report);

	@Query("""
			select r from QuarterlyReport r join fetch r.cluster c join fetch c.leader left join fetch c.deputy
			left join fetch c.members m left join fetch m.unit
			where r.id = :id and c.province.id = :provinceId
			""")
	Optional<QuarterlyReport> findInProvince(long id, long provinceId);

	@Query("select r.id from QuarterlyReport r where r.cluster.id = :clusterId and r.year = :year and r.quarter = :quarter")
	Optional<Long> findId(long clusterId, int year, int quarter);

	@Query("""
			select count(r) > 0 from QuarterlyReport r
			where r.cluster.id = :clusterId and r.year = :year and r.quarter = :quarter
			""")
	boolean exists(long clusterId, int year, int quarter);

	@Query("""
			select count(m) > 0 from ClusterMember m where m.cluster.id = :clusterId and m.unit.id = :unitId
			""")
	boolean isMember(long clusterId, long unitId);

	@Query("select r from QuarterlyReport r where r.cluster.id = :clusterId order by r.year desc, r.quarter desc")
	List<QuarterlyReport> findByCluster(long clusterId);

	@Query("""
			select r from QuarterlyReport r join fetch r.cluster c join fetch c.leader
			where c.province.id = :provinceId
			and (:year is null or r.year = :year)
			and (:quarter is null or r.quarter = :quarter)
			and (:clusterId is null or c.id = :clusterId)
			and (:status is null or r.status = :status)
			and (:leaderUnitId is null or c.leader.id = :leaderUnitId)
			and (:memberUnitId is null or exists (select 1 from ClusterMember m
			     where m.cluster = c and m.unit.id = :memberUnitId))
			order by r.year desc, r.quarter desc, c.name
			""")
	List<QuarterlyReport> search(long provinceId, Integer year, Integer quarter, Long clusterId, ReportStatus status,
			Long leaderUnitId, Long memberUnitId);

	@Query("""
			select r from QuarterlyReport r join fetch r.cluster c
			where c.province.id = :provinceId and r.status in :statuses
			order by r.year, r.quarter, c.name
			""")
	List<QuarterlyReport> findInProvince(long provinceId, Collection<ReportStatus> statuses);

	@Query("""
			select r from QuarterlyReport r join fetch r.cluster c
			where c.leader.id = :unitId and r.status in :statuses
			order by r.year, r.quarter
			""")
	List<QuarterlyReport> findLedBy(long unitId, Collection<ReportStatus> statuses);

	@Query("""
			select r from QuarterlyReport r join fetch r.cluster c
			where r.status in :statuses
			and exists (select 1 from ClusterMember m where m.cluster = c and m.unit.id = :unitId)
			order by r.year, r.quarter
			""")
	List<QuarterlyReport> findOfMember(long unitId, Collection<ReportStatus> statuses);

}
