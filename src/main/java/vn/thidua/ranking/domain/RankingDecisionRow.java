package vn.thidua.ranking.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.unit.Unit;
import vn.thidua.ranking.Award;
import vn.thidua.ranking.Classification;
import vn.thidua.ranking.RankedUnit;
import vn.thidua.report.Subtotals;
import vn.thidua.rules.ExclusionKind;
import vn.thidua.rules.FloorScope;
import vn.thidua.rules.Rules;
import vn.thidua.shared.BaseEntity;

/**
 * One unit in a finalized ranking, with everything shown about it at that moment.
 */
@Entity
@Table(name = "ranking_decision_rows")
public class RankingDecisionRow extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "decision_id", updatable = false)
	private RankingDecision decision;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id", updatable = false)
	private Unit unit;

	@Column(nullable = false, precision = 6, scale = 2, updatable = false)
	private BigDecimal annualScore;

	@Column(nullable = false, precision = 6, scale = 2, updatable = false)
	private BigDecimal itSubtotal;

	@Column(precision = 6, scale = 2, updatable = false)
	private BigDecimal generalPoints;

	@Column(precision = 6, scale = 2, updatable = false)
	private BigDecimal pressPoints;

	@Column(precision = 6, scale = 2, updatable = false)
	private BigDecimal publishingPoints;

	@Column(precision = 6, scale = 2, updatable = false)
	private BigDecimal postPoints;

	@Column(precision = 6, scale = 2, updatable = false)
	private BigDecimal telecomPoints;

	@Column(precision = 6, scale = 2, updatable = false)
	private BigDecimal bonusPoints;

	@Column(precision = 6, scale = 2, updatable = false)
	private BigDecimal penaltyPoints;

	@Column(name = "q1_total", precision = 6, scale = 2, updatable = false)
	private BigDecimal q1Total;

	@Column(name = "q2_total", precision = 6, scale = 2, updatable = false)
	private BigDecimal q2Total;

	@Column(name = "q3_total", precision = 6, scale = 2, updatable = false)
	private BigDecimal q3Total;

	@Column(name = "q4_total", precision = 6, scale = 2, updatable = false)
	private BigDecimal q4Total;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false, updatable = false)
	private int missingQuarters;

	@Column(nullable = false, length = 7, updatable = false)
	private String lateQuarters;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false, updatable = false)
	private int rank;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12, updatable = false)
	private Classification classification;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12, updatable = false)
	private Award defaultAward;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12, updatable = false)
	private Award proposedAward;

	@Column(length = 1000, updatable = false)
	private String overrideReason;

	@Enumerated(EnumType.STRING)
	@Column(length = 10, updatable = false)
	private ExclusionKind exclusion;

	@Column(name = "floor_band", length = 12, updatable = false)
	private String floorBand;

	@Column(name = "floor_percent", updatable = false)
	private Integer floorPercent;

	@Enumerated(EnumType.STRING)
	@Column(name = "floor_scope", length = 10, updatable = false)
	private FloorScope floorScope;

	@Column(name = "floor_item", length = 300, updatable = false)
	private String floorItem;

	@Column(name = "floor_share", precision = 5, scale = 2, updatable = false)
	private BigDecimal floorShare;

	protected RankingDecisionRow() {
	}

	public RankingDecisionRow(RankingDecision decision, Unit unit, RankedUnit row, Award award, String reason) {
		this.decision = decision;
		this.unit = unit;
		Subtotals s = row.subtotals();
		this.annualScore = row.total();
		this.itSubtotal = s.it();
		this.generalPoints = s.general();
		this.pressPoints = s.press();
		this.publishingPoints = s.publishing();
		this.postPoints = s.post();
		this.telecomPoints = s.telecom();
		this.bonusPoints = s.bonus();
		this.penaltyPoints = s.penalty();
		this.q1Total = period(row, 0);
		this.q2Total = period(row, 1);
		this.q3Total = period(row, 2);
		this.q4Total = period(row, 3);
		this.exclusion = (row.exclusion() != null) ? row.exclusion().kind() : null;
		this.missingQuarters = row.missingQuarters().size();
		this.lateQuarters = row.lateQuarters().stream().map(String::valueOf).collect(Collectors.joining(","));
		this.rank = row.rank();
		this.classification = row.classification();
		this.defaultAward = row.award();
		this.proposedAward = award;
		this.overrideReason = (award != row.award()) ? reason : null;
		Rules.FloorMiss miss = row.floorMiss();
		if (miss != null) {
			this.floorBand = miss.band();
			this.floorPercent = miss.floorPercent();
			this.floorScope = miss.scope();
			this.floorItem = miss.item();
			this.floorShare = miss.share();
		}
	}

	private static BigDecimal period(RankedUnit row, int index) {
		return (index < row.quarterTotals().size()) ? row.quarterTotals().get(index) : null;
	}

	/**
	 * The row as the rankings page shows it, from the snapshot only (the rules give the
	 * number of periods; an exclusion's note, if it is still recorded).
	 */
	public RankedUnit toRanked(Rules rules) {
		List<BigDecimal> totals = Arrays.asList(this.q1Total, this.q2Total, this.q3Total, this.q4Total)
			.subList(0, rules.periodCount());
		List<Integer> missing = new ArrayList<>();
		for (int q = 1; q <= totals.size(); q++) {
			if (totals.get(q - 1) == null) {
				missing.add(q);
			}
		}
		List<Integer> late = this.lateQuarters.isEmpty() ? List.of()
				: Arrays.stream(this.lateQuarters.split(",")).map(Integer::valueOf).toList();
		Subtotals subtotals = new Subtotals(this.generalPoints, this.pressPoints, this.publishingPoints,
				this.postPoints, this.telecomPoints, this.itSubtotal, this.bonusPoints, this.penaltyPoints);
		return new RankedUnit(this.unit.getId(), this.unit.getName(), subtotals, this.annualScore, this.rank,
				this.classification, this.proposedAward, this.overrideReason, totals, missing, late,
				(this.exclusion != null) ? new Rules.Exclusion(this.exclusion,
						Optional.ofNullable(rules.exclusions().get(this.unit.getId()))
							.map(Rules.Exclusion::note)
							.orElse(""))
						: null,
				(this.floorBand != null) ? new Rules.FloorMiss(this.floorBand, rules.bandName(this.floorBand),
						this.floorPercent, this.floorScope, this.floorItem, this.floorShare) : null);
	}

}
