package vn.thidua.ranking;

import java.util.Map;
import java.util.Optional;

/**
 * The province's award list of a year as the department decided it after the clusters'
 * closing votes; implemented by the closing module. Once it exists it replaces the
 * director's per-unit override on the rankings: the year's finalized ranking records the
 * decided awards.
 */
public interface DecidedAwards {

	/**
	 * By unit: the award code decided; absent for a unit not awarded. Empty when the
	 * year's list has not been finalized.
	 */
	Optional<Map<Long, String>> of(long provinceId, int year);

}
