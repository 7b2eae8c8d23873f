package vn.thidua.covenant;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.shared.BaseEntity;

/**
 * The emulation covenant of a cluster-year: the key tasks the leader wrote, its state,
 * the signed copy (a cluster document) and the department's comment when returned. The
 * members' registrations are kept beside it ({@code covenant_registrations}).
 */
@Entity
@Table(name = "covenants")
public class Covenant extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private long clusterId;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false, updatable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private CovenantStatus status = CovenantStatus.OPEN;

	@Column(nullable = false, length = 4000)
	private String keyTasks;

	@Column(nullable = false, updatable = false)
	private Instant openedAt;

	private Instant signedAt;

	private Long signedDocumentId;

	@Column(length = 1000)
	private String reviewComment;

	private Instant approvedAt;

	@Version
	private int version;

	protected Covenant() {
	}

	Covenant(long clusterId, int year, String keyTasks, Instant openedAt) {
		this.clusterId = clusterId;
		this.year = year;
		this.keyTasks = keyTasks;
		this.openedAt = openedAt;
	}

	/** Members register (or the leader records a refusal) while open or returned. */
	public boolean isOpen() {
		return this.status == CovenantStatus.OPEN || this.status == CovenantStatus.RETURNED;
	}

	void sign(long documentId, Instant at) {
		this.status = CovenantStatus.SIGNED;
		this.signedDocumentId = documentId;
		this.signedAt = at;
	}

	void approve(Instant at) {
		this.status = CovenantStatus.APPROVED;
		this.approvedAt = at;
		this.reviewComment = null;
	}

	void giveBack(String comment) {
		this.status = CovenantStatus.RETURNED;
		this.reviewComment = comment;
	}

	public long getClusterId() {
		return this.clusterId;
	}

	public int getYear() {
		return this.year;
	}

	public CovenantStatus getStatus() {
		return this.status;
	}

	public String getKeyTasks() {
		return this.keyTasks;
	}

	/** The key tasks, one per line. */
	public java.util.List<String> getTasks() {
		return this.keyTasks.lines().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public Instant getSignedAt() {
		return this.signedAt;
	}

	public Long getSignedDocumentId() {
		return this.signedDocumentId;
	}

	public String getReviewComment() {
		return this.reviewComment;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

	public int getVersion() {
		return this.version;
	}

}
