package vn.thidua.rules.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.rules.Rules;

/**
 * An award rule of a rule set (table {@code rule_awards}).
 */
@Embeddable
public class AwardRow {

	@Column(nullable = false, length = 12)
	private String code;

	@Column(nullable = false, length = 100)
	private String name;

	@Column(name = "min_band", nullable = false, length = 12)
	private String minBand;

	@Column(name = "rank_from", nullable = false)
	private int rankFrom;

	@Column(name = "rank_to", nullable = false)
	private int rankTo;

	@Column(name = "quota_count")
	private Integer quotaCount;

	@Column(name = "quota_percent")
	private Integer quotaPercent;

	@Column(name = "vote_threshold", nullable = false)
	private int voteThreshold;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(name = "quorum_num", nullable = false)
	private int quorumNum = 2;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(name = "quorum_den", nullable = false)
	private int quorumDen = 3;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(name = "prior_years")
	private Integer priorYears;

	@Column(name = "prior_band", length = 12)
	private String priorBand;

	@Column(name = "prior_award", length = 12)
	private String priorAward;

	@Column(name = "prior_led", nullable = false)
	private boolean priorLed;

	@Column(length = 1000)
	private String basis;

	protected AwardRow() {
	}

	public AwardRow(Rules.AwardRule rule) {
		this.code = rule.code();
		this.name = rule.name();
		this.minBand = rule.minBand();
		this.rankFrom = rule.rankFrom();
		this.rankTo = rule.rankTo();
		this.quotaCount = rule.quotaCount();
		this.quotaPercent = rule.quotaPercent();
		this.voteThreshold = rule.voteThreshold();
		this.quorumNum = rule.quorumNum();
		this.quorumDen = rule.quorumDen();
		if (rule.prior() != null) {
			this.priorYears = rule.prior().years();
			this.priorBand = rule.prior().band();
			this.priorAward = rule.prior().award();
			this.priorLed = rule.prior().led();
		}
		this.basis = rule.basis();
	}

	public Rules.AwardRule toRule() {
		Rules.Prior prior = (this.priorYears != null)
				? new Rules.Prior(this.priorYears, this.priorBand, this.priorAward, this.priorLed) : null;
		return new Rules.AwardRule(this.code, this.name, this.minBand, this.rankFrom, this.rankTo, this.quotaCount,
				this.quotaPercent, this.voteThreshold, this.quorumNum, this.quorumDen, prior, this.basis);
	}

}
