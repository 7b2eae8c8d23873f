package vn.thidua.ranking.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.account.AppUser;
import vn.thidua.cluster.Cluster;
import vn.thidua.shared.BaseEntity;

/**
 * The director's finalized ranking of one cluster for a year: a stored snapshot.
 * Reopening keeps it, marked with who reopened it, when and why; a new finalization makes
 * a new one.
 */
@Entity
@Table(name = "ranking_decisions")
public class RankingDecision extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private long provinceId;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false, updatable = false)
	private int year;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cluster_id", updatable = false)
	private Cluster cluster;

	@Column(nullable = false, updatable = false)
	private Instant finalizedAt;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "finalized_by", updatable = false)
	private AppUser finalizedBy;

	private Instant reopenedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "reopened_by")
	private AppUser reopenedBy;

	@Column(length = 1000)
	private String reopenReason;

	/** The published rule set the ranking was made with ({@code null}: the defaults). */
	@Column(name = "rule_set_id", updatable = false)
	private Long ruleSetId;

	@OneToMany(mappedBy = "decision", cascade = CascadeType.ALL)
	@OrderBy("rank, id")
	private List<RankingDecisionRow> rows = new ArrayList<>();

	protected RankingDecision() {
	}

	public RankingDecision(long provinceId, Cluster cluster, AppUser by, Instant at, Long ruleSetId) {
		this.provinceId = provinceId;
		this.ruleSetId = ruleSetId;
		this.year = cluster.getYear();
		this.cluster = cluster;
		this.finalizedBy = by;
		this.finalizedAt = at;
	}

	public Long getRuleSetId() {
		return this.ruleSetId;
	}

	public void add(RankingDecisionRow row) {
		this.rows.add(row);
	}

	public void reopen(AppUser by, Instant at, String reason) {
		this.reopenedBy = by;
		this.reopenedAt = at;
		this.reopenReason = reason;
	}

	public Cluster getCluster() {
		return this.cluster;
	}

	public int getYear() {
		return this.year;
	}

	public Instant getFinalizedAt() {
		return this.finalizedAt;
	}

	public AppUser getFinalizedBy() {
		return this.finalizedBy;
	}

	public List<RankingDecisionRow> getRows() {
		return this.rows;
	}

}
