package vn.thidua.ranking;

import java.time.Instant;
import java.util.List;

import vn.thidua.rules.Rules;
import vn.thidua.shared.CurrentUser;

/**
 * What the rankings page and the export show for a year or a quarter.
 *
 * @param year the year
 * @param quarter the quarter, or {@code null} for the year view
 * @param clusters the clusters' rankings
 * @param finalizedAt when the year was finalized, or {@code null} if not (or reopened)
 * @param finalizedBy who finalized it
 * @param rules the rules of the province-year (periods, band and award names)
 */
public record RankingView(int year, Integer quarter, List<ClusterRanking> clusters, Instant finalizedAt,
		String finalizedBy, Rules rules) {

	/**
	 * Whether the page shows the subtotal column of a sector field ({@code press},
	 * {@code publishing}, {@code post}, {@code telecom}, {@code it}): where some unit has
	 * points in it. A year whose criteria leave a field out (the communes' 2026 has no
	 * press or publishing) shows no column of zeros; the general field, bonus and penalty
	 * are always shown.
	 */
	public boolean shows(String field) {
		return this.clusters.stream()
			.flatMap((cluster) -> cluster.rows().stream())
			.map(RankedUnit::subtotals)
			.map((s) -> switch (field) {
				case "press" -> s.press();
				case "publishing" -> s.publishing();
				case "post" -> s.post();
				case "telecom" -> s.telecom();
				case "it" -> s.it();
				default -> java.math.BigDecimal.ONE;
			})
			.anyMatch((points) -> points != null && points.signum() != 0);
	}

	/**
	 * The clusters this user sees: the department every cluster of its province, a leader
	 * the clusters it leads, a unit officer its own cluster.
	 */
	public RankingView visibleTo(CurrentUser user) {
		List<ClusterRanking> visible = switch (user.role()) {
			case ADMIN, DIRECTOR, STAFF -> this.clusters;
			case CLUSTER_LEADER ->
				this.clusters.stream().filter((c) -> user.unitId() != null && c.leaderId() == user.unitId()).toList();
			case UNIT -> this.clusters.stream().filter((c) -> c.ranks(user.unitId())).toList();
		};
		return new RankingView(this.year, this.quarter, visible, this.finalizedAt, this.finalizedBy, this.rules);
	}

	/** The name of a band in this province-year ("Xuất sắc"). */
	public String bandName(Classification classification) {
		return this.rules.bandName(classification.name());
	}

	/** The name of an award in this province-year; "Không đề nghị" for none. */
	/** A registered title's name: an award of the year's rules by its code. */
	public String titleName(String code) {
		return this.rules.award(code).map(Rules.AwardRule::name).orElse(code);
	}

	public String awardName(Award award) {
		return (award == Award.NONE) ? "Không đề nghị"
				: this.rules.award(award.name()).map(Rules.AwardRule::name).orElse(award.name());
	}

	/** The awards the director may choose: none, and those of the rules. */
	public List<Award> awardChoices() {
		List<Award> choices = new java.util.ArrayList<>(List.of(Award.NONE));
		this.rules.awards().forEach((a) -> choices.add(Award.valueOf(a.code())));
		return choices;
	}

	/** The periods of the year: 1 … n. */
	public List<Integer> periods() {
		return java.util.stream.IntStream.rangeClosed(1, this.rules.periodCount()).boxed().toList();
	}

	/** Periods as a badge names them: "quý I, III", "6 tháng đầu năm". */
	public String periodsText(List<Integer> periods) {
		if (this.rules.periods() == vn.thidua.rules.PeriodScheme.QUARTERS) {
			return "quý " + String.join(", ", periods.stream().map(vn.thidua.shared.Formats::roman).toList());
		}
		return String.join(", ", periods.stream().map(this.rules::periodName).toList());
	}

	/** "Quý III", "6 tháng đầu năm". */
	public String periodName(int period) {
		return this.rules.periodName(period);
	}

	public boolean isWholeYear() {
		return this.quarter == null;
	}

	public boolean isFinalized() {
		return this.finalizedAt != null;
	}

}
