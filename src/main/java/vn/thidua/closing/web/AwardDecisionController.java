package vn.thidua.closing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.closing.AwardDecision;
import vn.thidua.closing.AwardDecisions;
import vn.thidua.rules.RulesService;
import vn.thidua.unit.Departments;
import vn.thidua.closing.ReviewForm;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.document.DocumentWords;
import vn.thidua.shared.document.DownloadName;
import vn.thidua.shared.NotFoundException;

/**
 * {@code /awards?year=}: the department's award decision of a year — every cluster's
 * proposals side by side, accepted or trimmed with a reason, finalized by the director;
 * the finalized list as Excel and as a draft decision in Word.
 */
@Controller
class AwardDecisionController {

	private final AwardDecisions decisions;

	private final Clock clock;

	private final Departments departments;

	private final RulesService rules;

	private final DocumentWords words;

	AwardDecisionController(AwardDecisions decisions, Clock clock, Departments departments, RulesService rules,
			DocumentWords words) {
		this.rules = rules;
		this.words = words;
		this.decisions = decisions;
		this.departments = departments;
		this.clock = clock;
	}

	@GetMapping("/awards")
	String show(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
		int shown = (year != null) ? year
				: LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))).getYear() - 1;
		AwardDecisions.Page page = this.decisions.page(user, shown);
		model.addAttribute("page", page);
		if (!model.containsAttribute("form")) {
			ReviewForm form = new ReviewForm();
			page.proposals().forEach((p) -> {
				form.getDecisions().put(p.key(), Boolean.toString(p.accepted()));
				if (p.reason() != null) {
					form.getReasons().put(p.key(), p.reason());
				}
			});
			model.addAttribute("form", form);
		}
		return "closing/awards";
	}

	@PostMapping("/awards")
	String review(@RequestParam int year, @ModelAttribute("form") ReviewForm form, BindingResult errors,
			@RequestParam(required = false) String finalize, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		boolean finalizing = finalize != null;
		if (errors.hasErrors() || !this.decisions.review(user, year, form, finalizing, errors)) {
			return show(year, user, model);
		}
		redirect.addFlashAttribute("message", finalizing ? "awards.finalized" : "awards.saved");
		return "redirect:/awards?year=" + year;
	}

	@PostMapping("/awards/reopen")
	String reopen(@RequestParam int year, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "reopen");
		if (!this.decisions.reopen(user, year, reason, errors)) {
			model.addAttribute("reopenError", errors.getGlobalError().getCode());
			model.addAttribute("reopenReason", reason);
			return show(year, user, model);
		}
		redirect.addFlashAttribute("message", "awards.reopened");
		return "redirect:/awards?year=" + year;
	}

	@GetMapping("/awards/{year}.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
		AwardDecision decision = finalized(user, year);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header("Content-Disposition",
					DownloadName.attachment(
							DownloadName.of("xlsx", this.words.get("doc.awards.file"), year, user.provinceName())))
			.body(AwardDecisionDocuments.workbook(decision, this.departments.ofYear(user.provinceId(), year),
					user.provinceName(), this.words));
	}

	@GetMapping("/awards/{year}.docx")
	ResponseEntity<byte[]> draftDecision(@PathVariable int year, @AuthenticationPrincipal CurrentUser user) {
		AwardDecision decision = finalized(user, year);
		return ResponseEntity.ok()
			.contentType(
					MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.header("Content-Disposition",
					DownloadName.attachment(
							DownloadName.of("docx", this.words.get("doc.decision.file"), year, user.provinceName())))
			.body(AwardDecisionDocuments.draftDecision(decision, this.rules.of(user.provinceId(), year),
					this.departments.ofYear(user.provinceId(), year), this.words));
	}

	private AwardDecision finalized(CurrentUser user, int year) {
		return this.decisions.standing(user, year).orElseThrow(() -> NotFoundException.of("AwardDecision", year));
	}

}
