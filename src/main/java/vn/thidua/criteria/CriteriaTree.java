package vn.thidua.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A criteria set as groups of criteria, with the totals a reader checks: the scored
 * groups add up to 100, bonus and penalty have their own maximum.
 *
 * @param set the criteria set
 * @param groups the groups in order, each with its criteria
 */
public record CriteriaTree(CriteriaSet set, List<Group> groups) {

	/**
	 * Builds the tree from the criteria of one set in display order.
	 */
	public static CriteriaTree of(CriteriaSet set, List<Criterion> ordered) {
		Map<Long, List<Criterion>> children = new LinkedHashMap<>();
		List<Criterion> roots = new ArrayList<>();
		for (Criterion criterion : ordered) {
			if (criterion.getParentId() == null) {
				roots.add(criterion);
			}
			else {
				children.computeIfAbsent(criterion.getParentId(), (id) -> new ArrayList<>()).add(criterion);
			}
		}
		List<Group> groups = roots.stream()
			.map((root) -> new Group(root, children.getOrDefault(root.getId(), List.of())))
			.toList();
		return new CriteriaTree(set, groups);
	}

	/**
	 * The maximum of the scored groups (SCORE kind); 100 in a well-formed set.
	 */
	public BigDecimal scoreTotal() {
		return maxOf(CriterionKind.SCORE);
	}

	/**
	 * Whether the scored groups total exactly 100 (a set may be published only then).
	 */
	public boolean isScoreTotalHundred() {
		return scoreTotal().compareTo(BigDecimal.valueOf(100)) == 0;
	}

	public BigDecimal bonusMax() {
		return maxOf(CriterionKind.BONUS);
	}

	public BigDecimal penaltyMax() {
		return maxOf(CriterionKind.PENALTY);
	}

	/**
	 * Number of criteria that take a score (the leaves).
	 */
	public int criterionCount() {
		return this.groups.stream().mapToInt((g) -> g.criteria().size()).sum();
	}

	private BigDecimal maxOf(CriterionKind kind) {
		return this.groups.stream()
			.filter((g) -> g.group().getKind() == kind)
			.map((g) -> g.group().getMaxPoints())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * A group and its criteria.
	 *
	 * @param group the group row ("6 Công nghệ thông tin")
	 * @param criteria its criteria in order
	 */
	public record Group(Criterion group, List<Criterion> criteria) {

		/**
		 * The sum of the criteria's maximum points.
		 */
		public BigDecimal criteriaTotal() {
			return this.criteria.stream().map(Criterion::getMaxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		/**
		 * Whether the group's maximum equals the sum of its criteria (shown as a warning
		 * if not).
		 */
		public boolean isConsistent() {
			return this.group.getMaxPoints().compareTo(criteriaTotal()) == 0;
		}

	}

}
