package vn.thidua.report;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface QuarterlyReportRepository extends Repository<QuarterlyReport, Long> {

	@Query("select r from QuarterlyReport r where r.cluster.id = :clusterId order by r.year desc, r.quarter desc")
	List<QuarterlyReport> findByCluster(long clusterId);

	@Query("""
			select r from QuarterlyReport r join fetch r.cluster c
			where c.province.id = :provinceId and r.status in :statuses
			order by r.year, r.quarter, c.name
			""")
	List<QuarterlyReport> findInProvince(long provinceId, Collection<ReportStatus> statuses);

	@Query("""
			select r from QuarterlyReport r join fetch r.cluster c
			where c.leader.id = :districtId and r.status in :statuses
			order by r.year, r.quarter
			""")
	List<QuarterlyReport> findLedBy(long districtId, Collection<ReportStatus> statuses);

	@Query("""
			select r from QuarterlyReport r join fetch r.cluster c
			where r.status in :statuses
			and exists (select 1 from ClusterMember m where m.cluster = c and m.district.id = :districtId)
			order by r.year, r.quarter
			""")
	List<QuarterlyReport> findOfMember(long districtId, Collection<ReportStatus> statuses);

}
