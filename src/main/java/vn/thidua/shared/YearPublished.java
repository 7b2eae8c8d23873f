package vn.thidua.shared;

/**
 * The department published the rules or the criteria of a province-year (everyone whose
 * year it is is told), published in the publishing transaction.
 *
 * @param what rules or criteria
 * @param provinceId the province
 * @param year the year
 */
public record YearPublished(What what, long provinceId, int year) {

	/** What was published. */
	public enum What {

		RULES, CRITERIA

	}

}
