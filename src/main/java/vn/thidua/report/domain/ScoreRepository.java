package vn.thidua.report.domain;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ScoreRepository extends Repository<Score, Long> {

	<S extends Score> List<S> saveAll(Iterable<S> scores);

	@Query("select s from Score s where s.id = :id and s.report.id = :reportId")
	java.util.Optional<Score> findInReport(long id, long reportId);

	@Query("select s from Score s where s.report.id = :reportId")
	List<Score> findByReport(long reportId);

	/** Pairs of report and unit where the unit has entered its own points. */
	@Query("select distinct s.report.id, s.unitId from Score s where s.report.id in :reportIds "
			+ "and (s.selfPoints is not null or s.measuredValue is not null)")
	List<Object[]> findSelfAssessed(java.util.Collection<Long> reportIds);

}
