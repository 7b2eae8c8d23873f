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

	/** The cache of published criteria trees, by province and year. */
	public static final String PUBLISHED_TREES = "criteria";

	/**
	 * The criteria set of a province and year as a tree, if the year has one. A published
	 * set never changes (only drafts are edited, a published set is never taken back or
	 * deleted, and a province-year has one set), so once a year's set is published its
	 * tree is kept by province and year and read without a query: every report page needs
	 * it. A draft is read every time.
	 */
	public Optional<CriteriaTree> treeOf(long provinceId, int year) {
		YearKey key = new YearKey(provinceId, year);
		CriteriaTree kept = this.published.get(key, CriteriaTree.class);
		if (kept != null) {
			return Optional.of(kept);
		}
		return this.sets.findOfYear(provinceId, year).map((set) -> {
			CriteriaTree tree = CriteriaTree.of(set, this.criteria.findOfSet(set.getId()));
			if (set.getStatus() == CriteriaSetStatus.PUBLISHED) {
				this.published.put(key, tree);
			}
			return tree;
		});
	}

	/** The key of a published tree in its cache. */
	private record YearKey(long provinceId, int year) {
	}

	/**
	 * Years that have a criteria set, newest first.
	 */
	public List<Integer> years(long provinceId) {
		return this.sets.findYears(provinceId);
	}

}
