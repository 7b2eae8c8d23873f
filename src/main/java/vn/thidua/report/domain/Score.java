package vn.thidua.report.domain;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import vn.thidua.report.QuarterlyReport;

/**
 * The points of one unit on one criterion in one report, in three stages: the unit's
 * self-assessment, the leader's consolidation and the final (reviewed) points. Units and
 * criteria are referenced by id: a report's scores are read and written in bulk.
 */
@Entity
@Table(name = "scores")
public class Score {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "scores_seq")
	@SequenceGenerator(name = "scores_seq", sequenceName = "scores_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id")
	private QuarterlyReport report;

	@Column(nullable = false)
	private long unitId;

	@Column(nullable = false)
	private long criterionId;

	@Column(nullable = false, precision = 5, scale = 2)
	private BigDecimal maxPoints;

	@Column(precision = 5, scale = 2)
	private BigDecimal selfPoints;

	@Column(length = 1000)
	private String selfNote;

	@Column(precision = 5, scale = 2)
	private BigDecimal leaderPoints;

	@Column(length = 1000)
	private String leaderNote;

	@Column(precision = 5, scale = 2)
	private BigDecimal finalPoints;

	@Column(length = 1000)
	private String note;

	/** The measured value of a measured criterion ({@code null}: no figure yet). */
	@Column(precision = 12, scale = 2)
	private BigDecimal measuredValue;

	protected Score() {
	}

	public Score(QuarterlyReport report, long unitId, long criterionId, BigDecimal maxPoints) {
		this.report = report;
		this.unitId = unitId;
		this.criterionId = criterionId;
		this.maxPoints = maxPoints;
	}

	/**
	 * A saved score as a page reads it ({@link ScoreRows}): not managed, never written.
	 */
	static Score read(QuarterlyReport report, long id, long unitId, long criterionId, BigDecimal maxPoints,
			BigDecimal selfPoints, String selfNote, BigDecimal leaderPoints, String leaderNote, BigDecimal finalPoints,
			String note, BigDecimal measuredValue) {
		Score score = new Score(report, unitId, criterionId, maxPoints);
		score.id = id;
		score.selfPoints = selfPoints;
		score.selfNote = selfNote;
		score.leaderPoints = leaderPoints;
		score.leaderNote = leaderNote;
		score.finalPoints = finalPoints;
		score.note = note;
		score.measuredValue = measuredValue;
		return score;
	}

	public Long getId() {
		return this.id;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public long getCriterionId() {
		return this.criterionId;
	}

	public BigDecimal getMaxPoints() {
		return this.maxPoints;
	}

	public BigDecimal getSelfPoints() {
		return this.selfPoints;
	}

	public String getSelfNote() {
		return this.selfNote;
	}

	public BigDecimal getLeaderPoints() {
		return this.leaderPoints;
	}

	public String getLeaderNote() {
		return this.leaderNote;
	}

	public BigDecimal getFinalPoints() {
		return this.finalPoints;
	}

	public String getNote() {
		return this.note;
	}

	/**
	 * The leader's points, or while the leader has none, the unit's own: the leader's
	 * consolidation starts from the self-assessment.
	 */
	public BigDecimal getProposedLeaderPoints() {
		return (this.leaderPoints != null) ? this.leaderPoints : this.selfPoints;
	}

	/**
	 * What counts for the report as it stands: final points once submitted, else the
	 * leader's.
	 */
	public BigDecimal getEffectivePoints() {
		return (this.finalPoints != null) ? this.finalPoints : getProposedLeaderPoints();
	}

	public BigDecimal getMeasuredValue() {
		return this.measuredValue;
	}

	/** The unit's measured value and the points its criterion's formula gives it. */
	public void setMeasured(BigDecimal value, BigDecimal points, String note) {
		this.measuredValue = value;
		this.selfPoints = points;
		this.selfNote = note;
	}

	public void setSelf(BigDecimal points, String note) {
		this.selfPoints = points;
		this.selfNote = note;
	}

	public void setLeader(BigDecimal points, String note) {
		this.leaderPoints = points;
		this.leaderNote = note;
	}

	public void setFinal(BigDecimal points, String note) {
		this.finalPoints = points;
		this.note = note;
	}

}
