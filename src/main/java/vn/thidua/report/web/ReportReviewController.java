package vn.thidua.report.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.report.ReportReview;
import vn.thidua.shared.CurrentUser;

/**
 * The department's review (approve, return, adjust a score) and the director's reopening.
 */
@Controller
class ReportReviewController {

	private final ReportReview review;

	private final ReportPages pages;

	ReportReviewController(ReportReview review, ReportPages pages) {
		this.review = review;
		this.pages = pages;
	}

	@PostMapping("/reports/{id}/approve")
	String approve(@PathVariable long id, @RequestParam int version, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.review.approve(user, id, version);
		redirect.addFlashAttribute("message", "report.approved");
		return "redirect:/reports/" + id;
	}

	@PostMapping("/reports/{id}/return")
	String returnToLeader(@PathVariable long id, @Valid @ModelAttribute("returnForm") ReasonForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			this.review.returnToLeader(user, id, form.getVersion(), form.getText(), errors);
		}
		return done(id, errors, user, model, redirect, "report.returned");
	}

	@PostMapping("/reports/{id}/adjust")
	String adjust(@PathVariable long id, @Valid @ModelAttribute("adjustForm") AdjustForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (form.getScoreId() == null) {
			errors.rejectValue("scoreId", "report.required");
		}
		if (form.getScoreId() != null) {
			this.review.adjust(user, id, form.getVersion(), form.getScoreId(), form.getPoints(), form.getText(),
					errors);
		}
		return done(id, errors, user, model, redirect, "report.adjusted");
	}

	@PostMapping("/reports/{id}/reopen")
	String reopen(@PathVariable long id, @Valid @ModelAttribute("reopenForm") ReasonForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			this.review.reopen(user, id, form.getVersion(), form.getText(), errors);
		}
		return done(id, errors, user, model, redirect, "report.reopened");
	}

	private String done(long id, BindingResult errors, CurrentUser user, Model model, RedirectAttributes redirect,
			String message) {
		if (errors.hasErrors()) {
			model.addAttribute("reviewError", true);
			return this.pages.detail(user, id, model);
		}
		redirect.addFlashAttribute("message", message);
		return "redirect:/reports/" + id;
	}

}
