package vn.thidua.report.domain;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface ScoreChangeRepository extends Repository<ScoreChange, Long> {

	<S extends ScoreChange> List<S> saveAll(Iterable<S> changes);

	@Query("""
			select c from ScoreChange c join fetch c.score s join fetch c.changedBy
			where s.report.id = :reportId
			order by c.changedAt desc, c.id desc
			""")
	List<ScoreChange> findByReport(long reportId);

}
