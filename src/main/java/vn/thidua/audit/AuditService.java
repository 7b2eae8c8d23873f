package vn.thidua.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Pages;
import vn.thidua.shared.Role;
import vn.thidua.shared.document.DocumentWords;

/**
 * Writes audit events in the transaction of the change they describe: the change and its
 * trace are saved together or not at all. An event's summary is worded once, in
 * Vietnamese, from the {@code trail.*} entries of the trail bundle ({@link #words}): the
 * trail keeps the words it was written with.
 */
@Service
public class AuditService {

	static final int PAGE_SIZE = 50;

	private final AuditEventRepository events;

	private final Clock clock;

	private final DocumentWords words;

	AuditService(AuditEventRepository events, Clock clock, DocumentWords words) {
		this.events = events;
		this.clock = clock;
		this.words = words;
	}

	/**
	 * The words of a summary, or of a part of one: the trail bundle's entry {@code key}
	 * with its arguments.
	 */
	public String words(String key, Object... args) {
		return this.words.get(key, args);
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

	/**
	 * A page of the events the user may read that match the filter, newest first.
	 */
	@Transactional(readOnly = true)
	public Page<AuditEvent> search(CurrentUser user, AuditFilter filter) {
		return this.events.findAll(matching(filter, user), PageRequest.of(Pages.clamp(filter.getPage()), PAGE_SIZE,
				Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
	}

	/** The object types of the province's events, for the filter. */
	@Transactional(readOnly = true)
	public List<String> entityTypes(CurrentUser user) {
		return this.events.findEntityTypes(user.provinceId());
	}

	/**
	 * The events of the user's province (an administrator also sees failed logins on
	 * names that exist nowhere, which belong to no province) that match the filter.
	 */
	private Specification<AuditEvent> matching(AuditFilter filter, CurrentUser user) {
		ZoneId zone = this.clock.getZone();
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			Predicate own = cb.equal(root.get("provinceId"), user.provinceId());
			where.add(user.hasRole(Role.ADMIN) ? cb.or(own, cb.isNull(root.get("provinceId"))) : own);
			if (filter.getUsername() != null && !filter.getUsername().isBlank()) {
				where.add(cb.equal(root.get("username"), filter.getUsername().strip().toLowerCase()));
			}
			if (filter.getEntityType() != null && !filter.getEntityType().isBlank()) {
				where.add(cb.equal(root.get("entityType"), filter.getEntityType()));
			}
			if (filter.getFrom() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
						filter.getFrom().atStartOfDay(zone).toInstant()));
			}
			if (filter.getTo() != null) {
				where.add(
						cb.lessThan(root.get("occurredAt"), filter.getTo().plusDays(1).atStartOfDay(zone).toInstant()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
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
