package vn.thidua.rules;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.rules.domain.RuleSetRepository;

/**
 * The rules that apply to a province-year: its published rule set, or the built-in
 * defaults where none is published; with the units excluded that year. A draft never
 * applies.
 */
@Service
@Transactional(readOnly = true)
public class RulesService {

	/** The cache of {@link #of}. */
	public static final String CACHE = "rules";

	private final RuleSetRepository sets;

	private final int defaultDeadlineDay;

	RulesService(RuleSetRepository sets, @Value("${thidua.report.deadline-day:10}") int defaultDeadlineDay) {
		if (defaultDeadlineDay < 1 || defaultDeadlineDay > 28) {
			throw new IllegalArgumentException("thidua.report.deadline-day must be 1..28, not " + defaultDeadlineDay);
		}
		this.sets = sets;
		this.defaultDeadlineDay = defaultDeadlineDay;
	}

	/**
	 * The rules for pages that show deadlines and period names: cached (cache
	 * {@code rules}, a minute at most on other instances, emptied here at once when the
	 * province's rules or exclusions change).
	 */
	@Cacheable(cacheNames = CACHE, key = "{#provinceId, #year}")
	public Rules of(long provinceId, int year) {
		return current(provinceId, year);
	}

	/**
	 * The rules as the database has them now, for computations that are themselves
	 * cached.
	 */
	public Rules current(long provinceId, int year) {
		Map<Long, Rules.Exclusion> exclusions = new LinkedHashMap<>();
		for (YearExclusion exclusion : this.sets.exclusionsOf(provinceId, year)) {
			exclusions.put(exclusion.getUnit().getId(), new Rules.Exclusion(exclusion.getKind(), exclusion.getNote()));
		}
		return this.sets.findOf(provinceId, year)
			.filter(RuleSet::isPublished)
			.map((set) -> set.toRules(Map.copyOf(exclusions)))
			.orElseGet(() -> Rules.defaults(this.defaultDeadlineDay, Map.copyOf(exclusions)));
	}

	/** The built-in rules, for a year without a published rule set. */
	public Rules defaults() {
		return Rules.defaults(this.defaultDeadlineDay, Map.of());
	}

}
