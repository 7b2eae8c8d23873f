package vn.thidua.report.web;

import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.report.ReportService;
import vn.thidua.report.ReportNotFoundException;
import vn.thidua.report.ReportSheet;
import vn.thidua.report.ReportWorkflow;
import vn.thidua.report.attachment.AttachmentService;
import vn.thidua.report.domain.ReportAccess;
import vn.thidua.report.domain.ReportConflictException;
import vn.thidua.shared.CurrentUser;

/**
 * The leader's editor: save as draft any number of times, then submit.
 */
@Controller
class ReportEditorController {

	static final String EDITOR = "report/edit";

	private final ReportService reports;

	private final ReportWorkflow workflow;

	private final ReportAccess access;

	private final AttachmentService attachments;

	private final MessageSource messages;

	ReportEditorController(ReportService reports, ReportWorkflow workflow, ReportAccess access,
			AttachmentService attachments, MessageSource messages) {
		this.messages = messages;
		this.reports = reports;
		this.workflow = workflow;
		this.access = access;
		this.attachments = attachments;
	}

	/**
	 * The editor, with the rows of one unit ({@code unit}, else the leader's): the other
	 * units' rows are fetched when their tab is chosen ({@link #panel}).
	 */
	@GetMapping("/reports/{id}/edit")
	@Transactional(readOnly = true) // the page's reads in one transaction, as ReportPages
	String editForm(@PathVariable long id, @RequestParam(required = false) Long unit,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ReportSheet sheet = leaderSheet(user, id);
		if (!sheet.report().isEditable()) {
			redirect.addFlashAttribute("error", "report.error.notEditable");
			return "redirect:/reports/" + id;
		}
		ReportForm form = ReportForm.from(sheet);
		model.addAttribute("form", form);
		long shown = shown(sheet, unit);
		return editor(sheet, new BeanPropertyBindingResult(form, "form"), model, (d) -> d == shown, shown);
	}

	/**
	 * One unit's rows of the editor, as saved: what the page's script puts into that
	 * unit's tab when it is first chosen (the form then sends them with the others).
	 */
	@GetMapping("/reports/{id}/edit/panel/{unit}")
	String panel(@PathVariable long id, @PathVariable long unit, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		ReportSheet sheet = leaderSheet(user, id);
		if (!sheet.report().isEditable() || sheet.members().stream().noneMatch((d) -> d.getId() == unit)) {
			throw new ReportNotFoundException(id);
		}
		ReportForm form = ReportForm.from(sheet);
		ScoreGrid grid = grid(sheet, new BeanPropertyBindingResult(form, "form"), (d) -> d == unit, unit);
		model.addAttribute("p", grid.panel(unit));
		model.addAttribute("showSelf", true);
		model.addAttribute("readonly", false);
		return "fragments/scores :: rows";
	}

	@PostMapping("/reports/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ReportForm form, BindingResult errors,
			@RequestParam(required = false) Long panel, @RequestParam(required = false) Long open,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		return save(id, form, errors, (open != null) ? open : panel, user, model, response, redirect, false);
	}

	@PostMapping("/reports/{id}/submit")
	String submit(@PathVariable long id,
			@Validated({ Default.class, ReportForm.Submission.class }) @ModelAttribute("form") ReportForm form,
			BindingResult errors, @RequestParam(required = false) Long panel, @AuthenticationPrincipal CurrentUser user,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		return save(id, form, errors, panel, user, model, response, redirect, true);
	}

	/**
	 * Saves the draft (or submits): the rows of units whose tab was never opened are not
	 * sent and stay as saved. Refused, the page comes back with every unit's rows, those
	 * sent as typed; saved, with the unit that was shown ({@code panel}).
	 */
	private String save(long id, ReportForm form, BindingResult errors, Long panel, CurrentUser user, Model model,
			HttpServletResponse response, RedirectAttributes redirect, boolean submit) {
		try {
			// the service checks what needs the report (maxima, notes, narrative) beside
			// the form's own errors, so that every error shows at once; with any, nothing
			// is saved
			this.workflow.saveByLeader(user, id, form, errors, submit);
		}
		catch (ReportConflictException | ObjectOptimisticLockingFailureException ex) {
			// the user's input stays in the form; the page says what happened
			response.setStatus(HttpStatus.CONFLICT.value());
			errors.reject("report.conflict");
		}
		if (errors.hasErrors()) {
			ReportSheet sheet = leaderSheet(user, id);
			form.keepUnsent(sheet);
			return editor(sheet, errors, model, ScoreGrid.ALL, shown(sheet, panel));
		}
		if (submit) {
			redirect.addFlashAttribute("message", "report.submitted");
			return "redirect:/reports/" + id;
		}
		String place = (panel != null) ? "?unit=" + panel : "";
		if (form.hasEvidence()) {
			redirect.addFlashAttribute("message", "report.savedWithEvidence");
			return "redirect:/reports/" + id + "/edit" + place + "#evidence";
		}
		redirect.addFlashAttribute("message", "report.saved");
		return "redirect:/reports/" + id + "/edit" + place;
	}

	/** The unit shown: the one asked for if a member, else the first (the leader). */
	private static long shown(ReportSheet sheet, Long unit) {
		return sheet.members()
			.stream()
			.filter((d) -> unit == null || d.getId().equals(unit))
			.findFirst()
			.orElse(sheet.members().get(0))
			.getId();
	}

	private ScoreGrid grid(ReportSheet sheet, BindingResult errors, Predicate<Long> rowsOf, long selected) {
		return ScoreGrid.of(sheet, sheet.members(),
				(score) -> ReportSheet.key(score.getUnitId(), score.getCriterionId()), true, errors, this.messages,
				LocaleContextHolder.getLocale(), rowsOf, selected);
	}

	private String editor(ReportSheet sheet, BindingResult errors, Model model, Predicate<Long> rowsOf, long selected) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("grid", grid(sheet, errors, rowsOf, selected));
		model.addAttribute("wide", true);
		model.addAttribute("attachments", this.attachments.all(sheet.report().getId()));
		return EDITOR;
	}

	private ReportSheet leaderSheet(CurrentUser user, long id) {
		ReportSheet sheet = this.reports.sheet(user, id);
		if (!this.access.isLeaderOf(user, sheet.report())) {
			throw new AccessDeniedException("Only the cluster leader edits");
		}
		return sheet;
	}

}
