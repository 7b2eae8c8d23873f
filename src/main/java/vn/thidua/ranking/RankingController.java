package vn.thidua.ranking;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.account.CurrentUser;
import vn.thidua.cluster.ClusterService;
import vn.thidua.shared.Years;

@Controller
class RankingController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final RankingService rankings;

	private final RankingWorkbook workbook;

	private final ClusterService clusters;

	private final Clock clock;

	RankingController(RankingService rankings, RankingWorkbook workbook, ClusterService clusters, Clock clock) {
		this.rankings = rankings;
		this.workbook = workbook;
		this.clusters = clusters;
		this.clock = clock;
	}

	@GetMapping("/rankings")
	String show(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Integer> years = this.clusters.years(user.provinceId());
		int shown = Years.choose(year, years, this.clock);
		Integer q = quarterOrYear(quarter);
		model.addAttribute("years", years);
		model.addAttribute("wide", true);
		model.addAttribute("view", this.rankings.view(user, shown, q));
		if (!model.containsAttribute("finalizeForm")) {
			model.addAttribute("finalizeForm", new FinalizeForm());
		}
		if (!model.containsAttribute("reopenForm")) {
			model.addAttribute("reopenForm", new ReopenForm());
		}
		return "ranking/list";
	}

	@PostMapping("/rankings/finalize")
	String finalizeYear(@RequestParam int year, @ModelAttribute("finalizeForm") FinalizeForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.rankings.finalizeYear(user, year, form, errors);
		if (errors.hasErrors()) {
			return show(year, null, user, model);
		}
		redirect.addFlashAttribute("message", "ranking.finalized");
		return "redirect:/rankings?year=" + year;
	}

	@PostMapping("/rankings/reopen")
	String reopenYear(@RequestParam int year, @Valid @ModelAttribute("reopenForm") ReopenForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			this.rankings.reopenYear(user, year, form.getText(), errors);
		}
		if (errors.hasErrors()) {
			return show(year, null, user, model);
		}
		redirect.addFlashAttribute("message", "ranking.reopened");
		return "redirect:/rankings?year=" + year;
	}

	@GetMapping("/rankings/export.xlsx")
	ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, @AuthenticationPrincipal CurrentUser user) {
		int shown = Years.choose(year, this.clusters.years(user.provinceId()), this.clock);
		Integer q = quarterOrYear(quarter);
		RankingView view = this.rankings.view(user, shown, q);
		String file = "xep-hang-thi-dua-" + ((q != null) ? "quy-" + q + "-" : "") + shown + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
			.body(this.workbook.render(view, user.provinceName()));
	}

	/**
	 * The quarter asked for, or {@code null} (the year view) for none or one that does
	 * not exist.
	 */
	private static Integer quarterOrYear(Integer quarter) {
		return (quarter != null && quarter >= 1 && quarter <= 4) ? quarter : null;
	}

}
