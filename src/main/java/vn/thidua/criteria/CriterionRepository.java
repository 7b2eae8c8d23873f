package vn.thidua.criteria;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CriterionRepository extends Repository<Criterion, Long> {

	@Query("select c from Criterion c where c.criteriaSet.id = :setId order by c.sortOrder, c.code")
	List<Criterion> findOfSet(long setId);

}
