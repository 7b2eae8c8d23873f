package vn.thidua.report.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.report.ReportPolicy;
import vn.thidua.report.ReportService;
import vn.thidua.report.ReportSheet;
import vn.thidua.report.ReportWorkflow;
import vn.thidua.report.attachment.AttachmentService;
import vn.thidua.report.domain.ReportConflictException;
import vn.thidua.shared.CurrentUser;

/**
 * A member unit's self-assessment (tự chấm) with its evidence.
 */
@Controller
class SelfAssessmentController {

	static final String PAGE = "report/self";

	private final ReportService reports;

	private final ReportWorkflow workflow;

	private final AttachmentService attachments;

	private final ReportPolicy policy;

	private final MessageSource messages;

	SelfAssessmentController(ReportService reports, ReportWorkflow workflow, AttachmentService attachments,
			ReportPolicy policy, MessageSource messages) {
		this.messages = messages;
		this.policy = policy;
		this.reports = reports;
		this.workflow = workflow;
		this.attachments = attachments;
	}

	@GetMapping("/reports/{id}/self-assessment")
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ReportSheet sheet = sheet(user, id);
		SelfAssessmentForm form = SelfAssessmentForm.from(sheet, user.unitId());
		model.addAttribute("form", form);
		return page(sheet, user, id, new BeanPropertyBindingResult(form, "form"), model);
	}

	@PostMapping("/reports/{id}/self-assessment")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") SelfAssessmentForm form, BindingResult errors,
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
			return page(sheet(user, id), user, id, errors, model);
		}
		if (form.hasEvidence()) {
			redirect.addFlashAttribute("message", "report.savedWithEvidence");
			return "redirect:/reports/" + id + "/self-assessment#evidence";
		}
		redirect.addFlashAttribute("message", "report.self.saved");
		return "redirect:/reports/" + id + "/self-assessment";
	}

	private ReportSheet sheet(CurrentUser user, long id) {
		if (!this.policy.maySelfAssessReports(user)) {
			throw new org.springframework.security.access.AccessDeniedException("Self-assessment is a unit's");
		}
		return this.reports.sheet(user, id);
	}

	private String page(ReportSheet sheet, CurrentUser user, long id, BindingResult errors, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("grid",
				ScoreGrid.of(sheet, sheet.members().stream().filter((d) -> d.getId().equals(user.unitId())).toList(),
						(score) -> Long.toString(score.getCriterionId()), false, errors, this.messages,
						LocaleContextHolder.getLocale(), ScoreGrid.ALL, (user.unitId() != null) ? user.unitId() : 0L));
		model.addAttribute("attachments", this.attachments.list(user, sheet.report()));
		return PAGE;
	}

}
