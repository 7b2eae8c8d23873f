package vn.thidua.report.domain;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface ScoreChangeRepository extends Repository<ScoreChange, Long> {

	<S extends ScoreChange> List<S> saveAll(Iterable<S> changes);

}
