package vn.thidua.rules.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.thidua.rules.RuleSet;
import vn.thidua.rules.YearExclusion;

public interface RuleSetRepository extends JpaRepository<RuleSet, Long> {

	@EntityGraph(attributePaths = { "bands", "awards" })
	@Query("select s from RuleSet s where s.province.id = ?1 and s.year = ?2")
	Optional<RuleSet> findOf(long provinceId, int year);

	@Query("select s.year from RuleSet s where s.province.id = ?1 order by s.year desc")
	List<Integer> yearsOf(long provinceId);

	@Query("select e from YearExclusion e join fetch e.unit where e.provinceId = ?1 and e.year = ?2")
	List<YearExclusion> exclusionsOf(long provinceId, int year);

}
