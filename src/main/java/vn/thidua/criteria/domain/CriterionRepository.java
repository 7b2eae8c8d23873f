package vn.thidua.criteria.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import vn.thidua.criteria.Criterion;

public interface CriterionRepository extends Repository<Criterion, Long> {

	@Query("select c from Criterion c join fetch c.criteriaSet left join fetch c.parent where c.id = :id")
	Optional<Criterion> findById(long id);

	Criterion save(Criterion criterion);

	void delete(Criterion criterion);

	@Query("select c from Criterion c where c.criteriaSet.id = :setId order by c.sortOrder, c.code")
	List<Criterion> findOfSet(long setId);

}
