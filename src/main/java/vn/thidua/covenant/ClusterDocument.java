package vn.thidua.covenant;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.shared.BaseEntity;

/**
 * A document of a cluster-year: kind, number and symbol, issuing body, dates, summary,
 * and its file (PDF or Word, checked by content); it may replace an earlier one.
 */
@Entity
@Table(name = "cluster_documents")
public class ClusterDocument extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private long clusterId;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false, updatable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private DocumentKind kind;

	@Column(nullable = false, length = 60)
	private String number;

	@Column(nullable = false, length = 200)
	private String issuer;

	@Column(nullable = false)
	private LocalDate signedOn;

	private LocalDate effectiveOn;

	@Column(length = 2000)
	private String summary;

	@Column(length = 255)
	private String fileName;

	@Column(length = 100)
	private String contentType;

	private Long sizeBytes;

	@Basic(fetch = FetchType.LAZY)
	@JdbcTypeCode(SqlTypes.VARBINARY)
	private byte[] content;

	private Long replacesId;

	@Column(nullable = false)
	private boolean illustrative;

	private Long createdBy;

	@Column(nullable = false)
	private Instant createdAt;

	protected ClusterDocument() {
	}

	ClusterDocument(long clusterId, int year, DocumentKind kind, String number, String issuer, LocalDate signedOn,
			LocalDate effectiveOn, String summary, Long replacesId, long createdBy, Instant createdAt) {
		this.clusterId = clusterId;
		this.year = year;
		this.kind = kind;
		this.number = number;
		this.issuer = issuer;
		this.signedOn = signedOn;
		this.effectiveOn = effectiveOn;
		this.summary = summary;
		this.replacesId = replacesId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void attach(String fileName, String contentType, byte[] content) {
		this.fileName = fileName;
		this.contentType = contentType;
		this.sizeBytes = (long) content.length;
		this.content = content;
	}

	public long getClusterId() {
		return this.clusterId;
	}

	public int getYear() {
		return this.year;
	}

	public DocumentKind getKind() {
		return this.kind;
	}

	public String getNumber() {
		return this.number;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getFileName() {
		return this.fileName;
	}

	public String getContentType() {
		return this.contentType;
	}

	public Long getSizeBytes() {
		return this.sizeBytes;
	}

	byte[] getContent() {
		return this.content;
	}

	public Long getReplacesId() {
		return this.replacesId;
	}

	public boolean isIllustrative() {
		return this.illustrative;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean hasFile() {
		return this.fileName != null;
	}

}
