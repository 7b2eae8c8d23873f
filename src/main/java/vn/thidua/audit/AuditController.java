package vn.thidua.audit;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.thidua.shared.CurrentUser;

/**
 * {@code /audit} (administrator and director): the province's audit log, newest first,
 * filtered by user, object type and date range, {@value AuditService#PAGE_SIZE} rows a
 * page. Read-only: the app has no way to change or delete an event, and the database
 * refuses it ({@code V9__audit_events_append_only.sql}).
 */
@Controller
class AuditController {

	private final AuditService audit;

	AuditController(AuditService audit) {
		this.audit = audit;
	}

	@GetMapping("/audit")
	String list(@ModelAttribute("filter") AuditFilter filter, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		// a date typed wrongly is shown at its field, as typed; the other filters apply
		model.addAttribute("events", this.audit.search(user, filter));
		model.addAttribute("entityTypes", this.audit.entityTypes(user));
		return "audit/list";
	}

}
