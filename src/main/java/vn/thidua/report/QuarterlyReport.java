package vn.thidua.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.account.AppUser;
import vn.thidua.cluster.Cluster;
import vn.thidua.shared.BaseEntity;

/**
 * The report of one cluster for one quarter of a year.
 */
@Entity
@Table(name = "quarterly_reports")
public class QuarterlyReport extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cluster_id")
	private Cluster cluster;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false)
	private int year;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false)
	private int quarter;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ReportStatus status;

	private String results;

	private String difficulties;

	private String proposals;

	private String nextFocus;

	private String reviewComment;

	private boolean reopened;

	private Instant submittedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "submitted_by")
	private AppUser submittedBy;

	private boolean late;

	private Instant approvedAt;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "approved_by")
	private AppUser approvedBy;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@Version
	private int version;

	protected QuarterlyReport() {
	}

	QuarterlyReport(Cluster cluster, int quarter, Instant now) {
		this.cluster = cluster;
		this.year = cluster.getYear();
		this.quarter = quarter;
		this.status = ReportStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * The leader writes while the report is a draft or has been returned.
	 */
	public boolean isEditable() {
		return this.status == ReportStatus.DRAFT || this.status == ReportStatus.RETURNED;
	}

	void writeNarrative(String results, String difficulties, String proposals, String nextFocus, Instant now) {
		this.results = results;
		this.difficulties = difficulties;
		this.proposals = proposals;
		this.nextFocus = nextFocus;
		touch(now);
	}

	/**
	 * Marks a change of the report or its scores: bumps the version, so that a second
	 * person saving from an older page is refused.
	 */
	void touch(Instant now) {
		this.updatedAt = now;
	}

	void submit(AppUser by, Instant now, boolean late) {
		this.status = ReportStatus.SUBMITTED;
		this.submittedBy = by;
		this.submittedAt = now;
		this.late = late;
		touch(now);
	}

	void approve(AppUser by, Instant now) {
		this.status = ReportStatus.APPROVED;
		this.approvedBy = by;
		this.approvedAt = now;
		touch(now);
	}

	void returnToLeader(String comment, Instant now) {
		this.status = ReportStatus.RETURNED;
		this.reviewComment = comment;
		this.reopened = false;
		touch(now);
	}

	void reopen(String reason, Instant now) {
		this.status = ReportStatus.RETURNED;
		this.reviewComment = reason;
		this.reopened = true;
		this.approvedBy = null;
		this.approvedAt = null;
		touch(now);
	}

	public Cluster getCluster() {
		return this.cluster;
	}

	public int getYear() {
		return this.year;
	}

	public int getQuarter() {
		return this.quarter;
	}

	public ReportStatus getStatus() {
		return this.status;
	}

	public String getResults() {
		return this.results;
	}

	public String getDifficulties() {
		return this.difficulties;
	}

	public String getProposals() {
		return this.proposals;
	}

	public String getNextFocus() {
		return this.nextFocus;
	}

	public String getReviewComment() {
		return this.reviewComment;
	}

	/**
	 * Whether the review comment is the director's reason for reopening the approved
	 * report.
	 */
	public boolean isReopened() {
		return this.reopened;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public AppUser getSubmittedBy() {
		return this.submittedBy;
	}

	public AppUser getApprovedBy() {
		return this.approvedBy;
	}

	public boolean isLate() {
		return this.late;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public int getVersion() {
		return this.version;
	}

}
