package vn.thidua.audit;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.thidua.account.CurrentUser;
import vn.thidua.account.Role;

/**
 * {@code /audit} (administrator and director): the province's audit log, newest first,
 * filtered by user, object type and date range, 50 rows a page. Read-only: the app has no
 * way to change or delete an event, and the database refuses it
 * ({@code V9__audit_events_append_only.sql}).
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final AuditEventRepository events;

	AuditController(AuditEventRepository events) {
		this.events = events;
	}

	@GetMapping("/audit")
	@Transactional(readOnly = true)
	public String list(@ModelAttribute("filter") AuditFilter filter, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		Page<AuditEvent> page = this.events.findAll(matching(filter, user), PageRequest.of(filter.getPage(), PAGE_SIZE,
				Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))));
		model.addAttribute("events", page);
		model.addAttribute("entityTypes", this.events.findEntityTypes(user.provinceId()));
		return "audit/list";
	}

	/**
	 * The events of the user's province (an administrator also sees failed logins on
	 * names that exist nowhere, which belong to no province) that match the filter.
	 */
	private static Specification<AuditEvent> matching(AuditFilter filter, CurrentUser user) {
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
						filter.getFrom().atStartOfDay(VIETNAM).toInstant()));
			}
			if (filter.getTo() != null) {
				where.add(cb.lessThan(root.get("occurredAt"),
						filter.getTo().plusDays(1).atStartOfDay(VIETNAM).toInstant()));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

}
