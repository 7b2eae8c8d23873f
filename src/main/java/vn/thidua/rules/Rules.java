package vn.thidua.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thidua.shared.Formats;

/**
 * The rules that apply to a province-year, as the rest of the app reads them.
 *
 * @param ruleSetId the published rule set, or {@code null} for the built-in defaults
 * (used where a province has published none for the year)
 * @param periods the periods scored
 * @param weights the weight of each period in the annual score (they sum to 100)
 * @param deadlineDay the day of the month after a period by which its report is due
 * @param bands classification bands, best first; the last one starts at 0
 * @param awards award rules, in the order they are tried
 * @param exclusions the units not ranked this year, by unit id
 * @param evidenceShared whether a cluster's members see each other's evidence (otherwise
 * a member's evidence is seen by that member, the cluster's leader and the department)
 * @param basis the legal texts the rules rest on (căn cứ), one per line, or {@code null}
 */
public record Rules(Long ruleSetId, PeriodScheme periods, List<Integer> weights, int deadlineDay, List<Band> bands,
		List<AwardRule> awards, Map<Long, Exclusion> exclusions, boolean evidenceShared, String basis) {

	/** Rules without a written basis. */
	public Rules(Long ruleSetId, PeriodScheme periods, List<Integer> weights, int deadlineDay, List<Band> bands,
			List<AwardRule> awards, Map<Long, Exclusion> exclusions, boolean evidenceShared) {
		this(ruleSetId, periods, weights, deadlineDay, bands, awards, exclusions, evidenceShared, null);
	}

	/** Rules whose evidence is each unit's own. */
	public Rules(Long ruleSetId, PeriodScheme periods, List<Integer> weights, int deadlineDay, List<Band> bands,
			List<AwardRule> awards, Map<Long, Exclusion> exclusions) {
		this(ruleSetId, periods, weights, deadlineDay, bands, awards, exclusions, false);
	}

	/** The codes a band may have (the app's colours and its snapshots know them). */
	public static final List<String> BAND_CODES = List.of("XUAT_SAC", "TOT", "KHA", "TRUNG_BINH", "YEU");

	/** The codes an award may have. */
	public static final List<String> AWARD_CODES = List.of("CO_THI_DUA", "BANG_KHEN", "GIAY_KHEN");

	/**
	 * A classification band.
	 *
	 * @param code one of {@link #BAND_CODES}
	 * @param name its name in this province ("Xuất sắc")
	 * @param lowerBound the lowest total of the band
	 * @param floorPercent the share (%) of its maximum that every criterion (or criteria
	 * group) must reach, or {@code null}
	 * @param floorScope what the floor applies to, {@code null} without a floor
	 */
	public record Band(String code, String name, BigDecimal lowerBound, Integer floorPercent, FloorScope floorScope) {

		/** A band of a total only. */
		public Band(String code, String name, BigDecimal lowerBound) {
			this(code, name, lowerBound, null, null);
		}

		public boolean hasFloor() {
			return this.floorPercent != null;
		}

	}

	/**
	 * The lowest shares of their maximum a unit reached, for the band floors.
	 *
	 * @param criterion the criterion with the lowest share, or {@code null}
	 * @param group the criteria group with the lowest share, or {@code null}
	 */
	public record Shares(Share criterion, Share group) {

		/** No criteria scored (no floor can be judged, none keeps a unit out). */
		public static final Shares NONE = new Shares(null, null);

		Share of(FloorScope scope) {
			return (scope == FloorScope.GROUP) ? this.group : this.criterion;
		}

	}

	/**
	 * A criterion's or group's share of its maximum.
	 *
	 * @param item its code and title ("6.1. Dịch vụ công trực tuyến toàn trình")
	 * @param percent points / maximum × 100, to two decimals
	 */
	public record Share(String item, BigDecimal percent) {
	}

	/**
	 * Why a unit is not in a better band that its total reaches: the floor it missed.
	 *
	 * @param band the code of the band refused
	 * @param bandName its name
	 * @param floorPercent the band's floor
	 * @param scope criterion or group
	 * @param item the criterion or group below the floor
	 * @param share its share of its maximum (%)
	 */
	public record FloorMiss(String band, String bandName, int floorPercent, FloorScope scope, String item,
			BigDecimal share) {
	}

	/**
	 * A unit's band and, when a floor kept it out of a better one its total reaches, the
	 * first such floor.
	 */
	public record Grade(Band band, FloorMiss miss) {
	}

	/**
	 * An award rule: the award goes to a unit of at least {@code minBand} ranked within
	 * {@code rankFrom}–{@code rankTo} of its cluster, while the quota lasts.
	 *
	 * @param code one of {@link #AWARD_CODES}
	 * @param name its name ("Cờ thi đua")
	 * @param minBand the code of the lowest band that qualifies
	 * @param rankFrom the best rank eligible
	 * @param rankTo the worst rank eligible
	 * @param quotaCount at most this many per cluster, or {@code null}
	 * @param quotaPercent at most this share of the cluster's members (rounded down), or
	 * {@code null}
	 * @param voteThreshold the share of votes (%) the closing vote requires
	 * @param quorumNum with {@code quorumDen}: the share of the cluster's members that
	 * must have voted before the vote can be closed ("2/3 số thành viên")
	 * @param quorumDen the quorum's denominator
	 */
	public record AwardRule(String code, String name, String minBand, int rankFrom, int rankTo, Integer quotaCount,
			Integer quotaPercent, int voteThreshold, int quorumNum, int quorumDen, Prior prior, String basis) {

		/** An award rule with the default quorum, two thirds of the members. */
		public AwardRule(String code, String name, String minBand, int rankFrom, int rankTo, Integer quotaCount,
				Integer quotaPercent, int voteThreshold) {
			this(code, name, minBand, rankFrom, rankTo, quotaCount, quotaPercent, voteThreshold, 2, 3);
		}

		/** An award rule without conditions on earlier years and without a basis. */
		public AwardRule(String code, String name, String minBand, int rankFrom, int rankTo, Integer quotaCount,
				Integer quotaPercent, int voteThreshold, int quorumNum, int quorumDen) {
			this(code, name, minBand, rankFrom, rankTo, quotaCount, quotaPercent, voteThreshold, quorumNum, quorumDen,
					null, null);
		}

		/**
		 * How many of a cluster's {@code members} must have voted: the quorum's share,
		 * rounded up.
		 */
		public int quorum(int members) {
			return (members * this.quorumNum + this.quorumDen - 1) / this.quorumDen;
		}

		/** How many units of a cluster of {@code members} may receive it. */
		public int quota(int members) {
			if (this.quotaCount != null) {
				return this.quotaCount;
			}
			if (this.quotaPercent != null) {
				return members * this.quotaPercent / 100;
			}
			return Integer.MAX_VALUE;
		}

	}

	/**
	 * What an award requires of a unit's earlier years (its own and, through lineage, its
	 * predecessors'): in each of the {@code years} previous years a band at least
	 * {@code band} and the award {@code award} decided (each if given), and, if
	 * {@code led}, having led its cluster in at least one of them.
	 */
	public record Prior(int years, String band, String award, boolean led) {
	}

	/**
	 * A unit not ranked this year.
	 *
	 * @param kind "không xét" or "chưa xét"
	 * @param note the department's note
	 */
	public record Exclusion(ExclusionKind kind, String note) {
	}

	/** The default rules, where no rule set is published. */
	public static Rules defaults(int deadlineDay, Map<Long, Exclusion> exclusions) {
		return new Rules(null, PeriodScheme.QUARTERS, List.of(25, 25, 25, 25), deadlineDay,
				List.of(new Band("XUAT_SAC", "Xuất sắc", BigDecimal.valueOf(90)),
						new Band("TOT", "Tốt", BigDecimal.valueOf(80)), new Band("KHA", "Khá", BigDecimal.valueOf(65)),
						new Band("TRUNG_BINH", "Trung bình", BigDecimal.valueOf(50)),
						new Band("YEU", "Yếu", BigDecimal.ZERO)),
				List.of(new AwardRule("CO_THI_DUA", "Cờ thi đua", "XUAT_SAC", 1, 1, null, null, 70),
						new AwardRule("BANG_KHEN", "Bằng khen", "TOT", 2, 3, null, null, 70)),
				exclusions);
	}

	public int periodCount() {
		return this.periods.count();
	}

	/**
	 * The band of a total: the first whose lower bound it reaches (the last otherwise).
	 */
	public Band classify(BigDecimal total) {
		return grade(total, Shares.NONE).band();
	}

	/**
	 * The band of a total and the lowest shares: the first whose lower bound the total
	 * reaches and whose floor, if any, the shares reach (the last band otherwise); with
	 * the first floor that kept the unit out of a band its total reaches.
	 */
	public Grade grade(BigDecimal total, Shares shares) {
		FloorMiss miss = null;
		for (Band band : this.bands) {
			if (total.compareTo(band.lowerBound()) < 0) {
				continue;
			}
			Share lowest = band.hasFloor() ? shares.of(band.floorScope()) : null;
			if (lowest == null || lowest.percent().compareTo(BigDecimal.valueOf(band.floorPercent())) >= 0) {
				return new Grade(band, miss);
			}
			if (miss == null) {
				miss = new FloorMiss(band.code(), band.name(), band.floorPercent(), band.floorScope(), lowest.item(),
						lowest.percent());
			}
		}
		return new Grade(this.bands.get(this.bands.size() - 1), miss);
	}

	/** Whether any band has a floor (the rankings then read the criteria's points). */
	public boolean hasFloors() {
		return this.bands.stream().anyMatch(Band::hasFloor);
	}

	/** The legal texts of {@link #basis}, one per line, without blank lines. */
	public List<String> basisLines() {
		return lines(this.basis);
	}

	/**
	 * The legal texts the documents of these awards cite: the rules' basis, then each
	 * award's own, once each.
	 */
	public List<String> basisLines(List<String> awardCodes) {
		LinkedHashSet<String> lines = new LinkedHashSet<>(basisLines());
		this.awards.stream()
			.filter((a) -> awardCodes.contains(a.code()))
			.forEach((a) -> lines.addAll(lines(a.basis())));
		return List.copyOf(lines);
	}

	private static List<String> lines(String text) {
		return (text == null) ? List.of() : text.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	/** Whether a band is at least as good as another (by position in this rule set). */
	public boolean atLeast(String band, String other) {
		int position = position(band);
		int otherPosition = position(other);
		return position >= 0 && otherPosition >= 0 && position <= otherPosition;
	}

	private int position(String code) {
		for (int i = 0; i < this.bands.size(); i++) {
			if (this.bands.get(i).code().equals(code)) {
				return i;
			}
		}
		return -1;
	}

	public String bandName(String code) {
		return this.bands.stream().filter((b) -> b.code().equals(code)).map(Band::name).findFirst().orElse(code);
	}

	public Optional<AwardRule> award(String code) {
		return this.awards.stream().filter((a) -> a.code().equals(code)).findFirst();
	}

	/**
	 * Whether a unit of the band and rank meets the award's conditions in the cluster
	 * (its lowest band, its ranks); an award these rules do not have is met by none.
	 */
	public boolean qualifies(String award, String band, int rank) {
		return award(award).map((a) -> atLeast(band, a.minBand()) && rank >= a.rankFrom() && rank <= a.rankTo())
			.orElse(false);
	}

	/** The day a period's report is due: the deadline day of the month after it. */
	public LocalDate deadline(int year, int period) {
		return LocalDate.of(year, this.periods.endMonth(period), 1).plusMonths(1).withDayOfMonth(this.deadlineDay);
	}

	/** The last day of a period. */
	public LocalDate end(int year, int period) {
		return LocalDate.of(year, this.periods.endMonth(period), 1).plusMonths(1).minusDays(1);
	}

	/**
	 * The period's name as Vietnamese documents write it: "Quý III", "6 tháng đầu năm".
	 */
	public String periodName(int period) {
		return switch (this.periods) {
			case QUARTERS -> "Quý " + Formats.roman(period);
			case HALF_YEARS -> (period == 1) ? "6 tháng đầu năm" : "6 tháng cuối năm";
			case YEAR -> "Cả năm";
		};
	}

	/**
	 * The same inside a sentence: "quý III/2014", "6 tháng đầu năm 2015", "cả năm 2015".
	 */
	public String periodInSentence(int period, int year) {
		String name = periodOfYear(period, year);
		return Character.toLowerCase(name.charAt(0)) + name.substring(1);
	}

	/** The period with its year: "Quý III/2014", "6 tháng đầu năm 2015". */
	public String periodOfYear(int period, int year) {
		return (this.periods == PeriodScheme.QUARTERS) ? periodName(period) + "/" + year
				: periodName(period) + " " + year;
	}

}
