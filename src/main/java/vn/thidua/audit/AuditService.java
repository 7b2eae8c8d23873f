package vn.thidua.audit;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.thidua.account.CurrentUser;

/**
 * Writes audit events in the transaction of the change they describe: the change and its
 * trace are saved together or not at all.
 */
@Service
public class AuditService {

	private final AuditEventRepository events;

	private final Clock clock;

	AuditService(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(CurrentUser user, String action, String entityType, long entityId, String summary) {
		this.events.save(new AuditEvent(this.clock.instant(), user.provinceId(), user.id(), user.getUsername(), action,
				entityType, entityId, summary, clientAddress()));
	}

	/**
	 * An event without a logged-in user in the request (a login attempt: the user, if the
	 * name exists, and the address come from the attempt).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Long provinceId, Long userId, String username, String action, String entityType, Long entityId,
			String summary, String clientAddress) {
		this.events.save(new AuditEvent(this.clock.instant(), provinceId, userId, username, action, entityType,
				entityId, summary, clientAddress));
	}

	@Transactional(readOnly = true)
	public List<AuditEvent> of(String entityType, long entityId) {
		return this.events.findOfEntity(entityType, entityId);
	}

	private static String clientAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
