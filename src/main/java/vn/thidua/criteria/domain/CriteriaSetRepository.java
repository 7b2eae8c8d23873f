package vn.thidua.criteria.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import vn.thidua.criteria.CriteriaSet;

public interface CriteriaSetRepository extends Repository<CriteriaSet, Long> {

	Optional<CriteriaSet> findById(long id);

	CriteriaSet save(CriteriaSet set);

	@Query("select s from CriteriaSet s where s.province.id = :provinceId and s.year = :year")
	Optional<CriteriaSet> findOfYear(long provinceId, int year);

	@Query("select s.year from CriteriaSet s where s.province.id = :provinceId order by s.year desc")
	List<Integer> findYears(long provinceId);

}
