package vn.thidua.ranking;

import java.util.Map;

/**
 * The titles the units of a province registered for a year in their clusters' covenants
 * (giao ước thi đua), to show beside their results; implemented by the covenant module.
 */
public interface RegisteredTitles {

	/** A unit recorded as not registering ("Không đăng ký"). */
	String REFUSED = "REFUSED";

	/**
	 * By unit: the award code registered ({@code CO_THI_DUA}, {@code BANG_KHEN},
	 * {@code GIAY_KHEN}), {@code NONE} for no title, {@link #REFUSED} where the leader
	 * recorded that the unit does not register, absent where the unit has not registered
	 * yet (or its cluster has no covenant).
	 */
	Map<Long, String> of(long provinceId, int year);

	/** The clusters of the province that have opened a covenant for the year. */
	java.util.Set<Long> clustersWithCovenant(long provinceId, int year);

}
