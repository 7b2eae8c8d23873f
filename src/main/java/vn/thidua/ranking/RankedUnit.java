package vn.thidua.ranking;

import java.math.BigDecimal;
import java.util.List;

import vn.thidua.report.Subtotals;
import vn.thidua.rules.Rules;

/**
 * One row of a cluster's ranking.
 *
 * @param unitId the unit
 * @param unitName its name
 * @param subtotals points per field (per quarter, or the year's sum / 4)
 * @param total score + bonus − penalty
 * @param rank 1 = best; equal totals and IT subtotals share a rank (1, 2, 2, 4)
 * @param classification by total
 * @param award the proposal (default rule, or the director's override)
 * @param overrideReason why the director changed the default, or {@code null}
 * @param quarterTotals the total of each quarter, {@code null} where no approved report
 * exists
 * @param missingQuarters quarters without an approved report (year view: they count 0)
 * @param lateQuarters quarters whose report was submitted late
 * @param exclusion why the unit is not ranked this year ("không xét", "chưa xét"), or
 * {@code null}; an excluded unit has rank 0 and no award
 * @param floorMiss the band floor that kept the unit out of a better band its total
 * reaches, or {@code null}
 */
public record RankedUnit(long unitId, String unitName, Subtotals subtotals, BigDecimal total, int rank,
		Classification classification, Award award, String overrideReason, List<BigDecimal> quarterTotals,
		List<Integer> missingQuarters, List<Integer> lateQuarters, Rules.Exclusion exclusion,
		Rules.FloorMiss floorMiss) {

	/** A row that no band floor held back. */
	public RankedUnit(long unitId, String unitName, Subtotals subtotals, BigDecimal total, int rank,
			Classification classification, Award award, String overrideReason, List<BigDecimal> quarterTotals,
			List<Integer> missingQuarters, List<Integer> lateQuarters, Rules.Exclusion exclusion) {
		this(unitId, unitName, subtotals, total, rank, classification, award, overrideReason, quarterTotals,
				missingQuarters, lateQuarters, exclusion, null);
	}

	public boolean isExcluded() {
		return this.exclusion != null;
	}

	/** Whether the unit has no approved report for the period ranked. */
	public boolean isUnreported() {
		return this.exclusion != null && this.exclusion.kind() == vn.thidua.rules.ExclusionKind.NO_REPORT;
	}

	public boolean isOverridden() {
		return this.overrideReason != null;
	}

	/**
	 * The height of a quarter's bar in the trend chart: 0–25 px for 0–100 points; 0
	 * without an approved report.
	 */
	public int trendHeight(int quarterIndex) {
		BigDecimal total = this.quarterTotals.get(quarterIndex);
		return (total != null) ? Math.max(0, Math.min(100, total.intValue())) / 4 : 0;
	}

}
