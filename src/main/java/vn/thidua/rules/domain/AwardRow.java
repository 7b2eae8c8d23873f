package vn.thidua.rules.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

	protected AwardRow() {
	}

	public AwardRow(String code, String name, String minBand, int rankFrom, int rankTo, Integer quotaCount,
			Integer quotaPercent, int voteThreshold, int quorumNum, int quorumDen) {
		this.quorumNum = quorumNum;
		this.quorumDen = quorumDen;
		this.code = code;
		this.name = name;
		this.minBand = minBand;
		this.rankFrom = rankFrom;
		this.rankTo = rankTo;
		this.quotaCount = quotaCount;
		this.quotaPercent = quotaPercent;
		this.voteThreshold = voteThreshold;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getMinBand() {
		return this.minBand;
	}

	public int getRankFrom() {
		return this.rankFrom;
	}

	public int getRankTo() {
		return this.rankTo;
	}

	public Integer getQuotaCount() {
		return this.quotaCount;
	}

	public Integer getQuotaPercent() {
		return this.quotaPercent;
	}

	public int getVoteThreshold() {
		return this.voteThreshold;
	}

	public int getQuorumNum() {
		return this.quorumNum;
	}

	public int getQuorumDen() {
		return this.quorumDen;
	}

}
