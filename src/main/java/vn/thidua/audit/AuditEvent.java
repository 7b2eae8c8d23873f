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

	/**
	 * The client address as people write it: IPv6 in its short form ({@code ::1}, not
	 * {@code 0:0:0:0:0:0:0:1}), IPv4 as it is.
	 */
	public String getReadableClientAddress() {
		return readable(this.clientAddress);
	}

	static String readable(String address) {
		if (address == null || address.indexOf(':') < 0 || address.contains("::")) {
			return address;
		}
		String[] groups = address.split(":", -1);
		if (groups.length != 8) {
			return address;
		}
		int bestStart = -1;
		int bestLength = 1;
		for (int i = 0; i < 8;) {
			int j = i;
			while (j < 8 && groups[j].replaceFirst("^0+(?=.)", "").equals("0")) {
				j++;
			}
			if (j - i > bestLength) {
				bestStart = i;
				bestLength = j - i;
			}
			i = (j > i) ? j : i + 1;
		}
		StringBuilder result = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				result.append("::");
				i += bestLength - 1;
				continue;
			}
			if (result.length() > 0 && result.charAt(result.length() - 1) != ':') {
				result.append(':');
			}
			result.append(groups[i].replaceFirst("^0+(?=.)", "").toLowerCase(java.util.Locale.ROOT));
		}
		return result.toString();
	}

}
