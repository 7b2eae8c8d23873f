package vn.thidua.report.domain;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.thidua.account.AppUser;

/**
 * One change of a points value: nothing is overwritten without this trace.
 */
@Entity
@Table(name = "score_changes")
public class ScoreChange {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_changes_seq")
	@SequenceGenerator(name = "score_changes_seq", sequenceName = "score_changes_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "score_id", updatable = false)
	private Score score;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10, updatable = false)
	private ScoreStage stage;

	@Column(precision = 5, scale = 2, updatable = false)
	private BigDecimal oldPoints;

	@Column(precision = 5, scale = 2, updatable = false)
	private BigDecimal newPoints;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "changed_by", updatable = false)
	private AppUser changedBy;

	@Column(nullable = false, updatable = false)
	private Instant changedAt;

	@Column(length = 1000, updatable = false)
	private String reason;

	protected ScoreChange() {
	}

	public ScoreChange(Score score, ScoreStage stage, BigDecimal oldPoints, BigDecimal newPoints, AppUser changedBy,
			Instant changedAt, String reason) {
		this.score = score;
		this.stage = stage;
		this.oldPoints = oldPoints;
		this.newPoints = newPoints;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
		this.reason = reason;
	}

	public Score getScore() {
		return this.score;
	}

	public ScoreStage getStage() {
		return this.stage;
	}

	public BigDecimal getOldPoints() {
		return this.oldPoints;
	}

	public BigDecimal getNewPoints() {
		return this.newPoints;
	}

	public AppUser getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getReason() {
		return this.reason;
	}

}
