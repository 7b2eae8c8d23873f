package vn.thidua.report.attachment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.thidua.account.AppUser;
import vn.thidua.report.QuarterlyReport;
import vn.thidua.shared.BaseEntity;
import vn.thidua.shared.FileType;

/**
 * An evidence file (minh chứng) of a report, or of one unit's self-assessment; the
 * content is kept in PostgreSQL with the report.
 */
@Entity
@Table(name = "attachments")
public class Attachment extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "report_id", updatable = false)
	private QuarterlyReport report;

	@Column(updatable = false)
	private Long unitId;

	@Column(nullable = false, updatable = false)
	private String fileName;

	@Column(nullable = false, length = 100, updatable = false)
	private String contentType;

	@Column(nullable = false, updatable = false)
	private long sizeBytes;

	@Column(nullable = false, length = 64, updatable = false)
	private String sha256;

	@Column(nullable = false, updatable = false)
	private byte[] content;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "uploaded_by", updatable = false)
	private AppUser uploadedBy;

	@Column(nullable = false, updatable = false)
	private Instant uploadedAt;

	protected Attachment() {
	}

	Attachment(QuarterlyReport report, Long unitId, String fileName, FileType type, byte[] content, String sha256,
			AppUser uploadedBy, Instant uploadedAt) {
		this.report = report;
		this.unitId = unitId;
		this.fileName = fileName;
		this.contentType = type.contentType();
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.content = content;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public byte[] getContent() {
		return this.content;
	}

	public Long getUnitId() {
		return this.unitId;
	}

}
