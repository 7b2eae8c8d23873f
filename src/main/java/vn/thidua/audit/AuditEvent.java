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

import vn.thidua.shared.TextHygiene;

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
		// what a login attempt sent is recorded as far as the columns hold it
		this.username = limit(TextHygiene.clean(username), 50);
		this.action = action;
		this.entityType = entityType;
		this.entityId = entityId;
		this.summary = limit(TextHygiene.clean(summary), 2000);
		this.clientAddress = limit(TextHygiene.clean(clientAddress), 64);
	}

	private static String limit(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
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
