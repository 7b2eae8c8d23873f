package vn.thidua.criteria;

import java.util.List;
import java.util.Optional;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
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

	private final Cache published;

	CriteriaService(CriteriaSetRepository sets, CriterionRepository criteria, CacheManager caches) {
		this.sets = sets;
		this.criteria = criteria;
		this.published = caches.getCache(PUBLISHED_TREES);
	}

	/** The cache of published criteria trees, by criteria set id. */
	public static final String PUBLISHED_TREES = "criteria";

	/**
	 * The criteria set of a province and year as a tree, if the year has one. A published
	 * set never changes (only drafts are edited, and a published set is never taken
	 * back), so its tree is read once and kept: every report page needs it.
	 */
	public Optional<CriteriaTree> treeOf(long provinceId, int year) {
		return this.sets.findOfYear(provinceId, year).map((set) -> {
			if (set.getStatus() != CriteriaSetStatus.PUBLISHED) {
				return CriteriaTree.of(set, this.criteria.findOfSet(set.getId()));
			}
			return this.published.get(set.getId(), () -> CriteriaTree.of(set, this.criteria.findOfSet(set.getId())));
		});
	}

	/**
	 * Years that have a criteria set, newest first.
	 */
	public List<Integer> years(long provinceId) {
		return this.sets.findYears(provinceId);
	}

}
