package vn.thidua.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One state change: written once, never updated.
 */
@Entity
@Immutable
@Table(name = "audit_events")
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_events_seq")
	@SequenceGenerator(name = "audit_events_seq", sequenceName = "audit_events_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(updatable = false)
	private Long provinceId;

	@Column(updatable = false)
	private Long userId;

	@Column(length = 50, updatable = false)
	private String username;

	@Column(nullable = false, length = 40, updatable = false)
	private String action;

	@Column(nullable = false, length = 40, updatable = false)
	private String entityType;

	@Column(updatable = false)
	private Long entityId;

	@Column(length = 2000, updatable = false)
	private String summary;

	@Column(length = 64, updatable = false)
	private String clientAddress;

	protected AuditEvent() {
	}

	AuditEvent(Instant occurredAt, Long provinceId, Long userId, String username, String action, String entityType,
			Long entityId, String summary, String clientAddress) {
		this.occurredAt = occurredAt;
		this.provinceId = provinceId;
		this.userId = userId;
		this.username = username;
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.summary = (summary != null && summary.length() > 2000) ? summary.substring(0, 2000) : summary;
		this.clientAddress = clientAddress;
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getUsername() {
		return this.username;
	}

	public String getAction() {
		return this.action;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public Long getEntityId() {
		return this.entityId;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getClientAddress() {
		return this.clientAddress;
	}

}
