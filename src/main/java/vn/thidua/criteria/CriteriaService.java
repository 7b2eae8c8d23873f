package vn.thidua.criteria;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.criteria.domain.CriteriaSetRepository;
import vn.thidua.criteria.domain.CriterionRepository;

/**
 * Reads criteria sets; every call is scoped to the caller's province.
 */
@Service
@Transactional(readOnly = true)
public class CriteriaService {

	private final CriteriaSetRepository sets;

	private final CriterionRepository criteria;

	CriteriaService(CriteriaSetRepository sets, CriterionRepository criteria) {
		this.sets = sets;
		this.criteria = criteria;
	}

	/**
	 * The criteria set of a province and year as a tree, if the year has one.
	 */
	public Optional<CriteriaTree> treeOf(long provinceId, int year) {
		return this.sets.findOfYear(provinceId, year)
			.map((set) -> CriteriaTree.of(set, this.criteria.findOfSet(set.getId())));
	}

	/**
	 * Years that have a criteria set, newest first.
	 */
	public List<Integer> years(long provinceId) {
		return this.sets.findYears(provinceId);
	}

}
