package vn.thidua.ranking;

import java.util.Map;

/**
 * The one answer to "who is proposed for which award" in a year, wherever it is shown
 * (the rankings page and workbook, the closing, the award list): the department's
 * decision once the director finalized it; before that, the award the cluster's closing
 * vote carried once its conference is over; before that, what the year's rules propose
 * from the ranking.
 *
 * @param decided the finalized decision by unit, or {@code null} before it
 * @param decidedClusters the clusters the decision took (a cluster still to close when
 * the list was finalized is left for a later one: its vote or rules still answer)
 * @param voted by cluster whose conference is over, the awards its vote carried by unit
 */
public record Proposals(Map<Long, String> decided, java.util.Set<Long> decidedClusters,
		Map<Long, Map<Long, String>> voted) {

	/** Nothing decided or voted: the rules' proposals only (a period's view). */
	public static final Proposals RULES_ONLY = new Proposals(null, java.util.Set.of(), Map.of());

	/** Where an answer comes from. */
	public enum Source {

		/** the year's rules applied to the ranking (or the director's override of it) */
		RULES,
		/** the cluster's closing vote */
		VOTE,
		/** the department's finalized decision */
		DECISION

	}

	/**
	 * A unit's answer.
	 *
	 * @param award the award code, or {@code null} for none
	 * @param source where it comes from
	 */
	public record Answer(String award, Source source) {

		public boolean isNone() {
			return this.award == null;
		}

	}

	/** The answer for a unit of a cluster's ranking. */
	public Answer of(ClusterRanking cluster, RankedUnit row) {
		if (this.decided != null && this.decidedClusters.contains(cluster.clusterId())) {
			return new Answer(this.decided.get(row.unitId()), Source.DECISION);
		}
		Map<Long, String> vote = this.voted.get(cluster.clusterId());
		if (vote != null) {
			return new Answer(vote.get(row.unitId()), Source.VOTE);
		}
		return new Answer((row.award() == Award.NONE) ? null : row.award().name(), Source.RULES);
	}

	/**
	 * Whether the answer gives the unit an award the rules would not propose from its
	 * ranking (a band below the award's, a rank outside its range, an excluded unit).
	 */
	public boolean outsideRules(ClusterRanking cluster, RankedUnit row, vn.thidua.rules.Rules rules) {
		Answer answer = of(cluster, row);
		if (answer.isNone() || answer.source() == Source.RULES) {
			return false;
		}
		return row.isExcluded() || !rules.qualifies(answer.award(), row.classification().name(), row.rank());
	}

}
