package vn.thidua.report;

import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

import vn.thidua.account.CurrentUser;
import vn.thidua.account.Role;

/**
 * A member district's self-assessment (tự chấm) with its evidence.
 */
@Controller
class SelfAssessmentController {

	static final String PAGE = "report/self";

	private final ReportService reports;

	private final ReportWorkflow workflow;

	private final AttachmentService attachments;

	SelfAssessmentController(ReportService reports, ReportWorkflow workflow, AttachmentService attachments) {
		this.reports = reports;
		this.workflow = workflow;
		this.attachments = attachments;
	}

	@GetMapping("/reports/{id}/self-assessment")
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ReportSheet sheet = sheet(user, id);
		model.addAttribute("form", SelfAssessmentForm.from(sheet, user.districtId()));
		return page(sheet, id, model);
	}

	@PostMapping("/reports/{id}/self-assessment")
	String update(@PathVariable long id, @ModelAttribute("form") SelfAssessmentForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.workflow.selfAssess(user, id, form, errors);
		}
		catch (ReportConflictException | ObjectOptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			errors.reject("report.conflict");
		}
		if (errors.hasErrors()) {
			return page(sheet(user, id), id, model);
		}
		redirect.addFlashAttribute("message", "report.self.saved");
		return "redirect:/reports/" + id + "/self-assessment";
	}

	private ReportSheet sheet(CurrentUser user, long id) {
		if (!user.hasRole(Role.DISTRICT)) {
			throw new org.springframework.security.access.AccessDeniedException("Self-assessment is a district's");
		}
		return this.reports.sheet(user, id);
	}

	private String page(ReportSheet sheet, long id, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("attachments", this.attachments.list(id));
		return PAGE;
	}

}
