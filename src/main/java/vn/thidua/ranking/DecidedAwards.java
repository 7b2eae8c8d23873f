package vn.thidua.ranking;

import java.util.Map;
import java.util.Optional;

/**
 * The province's award list of a year as the clusters' closing votes proposed it and the
 * department decided it; implemented by the closing module. Once the list is decided it
 * replaces the director's per-unit override on the rankings: the year's finalized ranking
 * records the decided awards.
 */
public interface DecidedAwards {

	/**
	 * By unit: the award code decided; absent for a unit not awarded. Empty when the
	 * year's list has not been finalized.
	 */
	Optional<Map<Long, String>> of(long provinceId, int year);

	/**
	 * Who is proposed for which award in a year view: the finalized decision for the
	 * clusters it took, else the award each closed cluster's vote carried, else the rules
	 * ({@link Proposals}); two statements.
	 */
	Proposals proposals(long provinceId, RankingView view);

}
