package vn.thidua.ranking;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import vn.thidua.shared.PageCache;
import vn.thidua.shared.Years;

@Controller
class RankingController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final String VIEW = "ranking/list";

	private final RankingService rankings;

	private final PageCache pages;

	private final RankingWorkbook workbook;

	private final ClusterService clusters;

	private final Clock clock;

	RankingController(RankingService rankings, PageCache pages, RankingWorkbook workbook, ClusterService clusters,
			Clock clock) {
		this.rankings = rankings;
		this.pages = pages;
		this.workbook = workbook;
		this.clusters = clusters;
		this.clock = clock;
	}

	/**
	 * The rankings page, served from the {@link PageCache} while the data it shows has
	 * not changed: it is the page the department reads most, and the largest.
	 */
	@GetMapping("/rankings")
	void show(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		this.pages.render(VIEW, Arrays.asList(user.id(), user.role(), user.fullName(), year, quarterOrYear(quarter)),
				model, (m) -> fill(year, quarter, user, m), request, response);
	}

	private String page(Integer year, Integer quarter, CurrentUser user, Model model) {
		fill(year, quarter, user, model);
		return VIEW;
	}

	private void fill(Integer year, Integer quarter, CurrentUser user, Model model) {
		List<Integer> years = this.clusters.years(user.provinceId());
		int shown = Years.choose(year, years, this.clock);
		model.addAttribute("years", years);
		model.addAttribute("wide", true);
		model.addAttribute("view", this.rankings.view(user, shown, quarterOrYear(quarter)));
		if (!model.containsAttribute("finalizeForm")) {
			model.addAttribute("finalizeForm", new FinalizeForm());
		}
		if (!model.containsAttribute("reopenForm")) {
			model.addAttribute("reopenForm", new ReopenForm());
		}
	}

	@PostMapping("/rankings/finalize")
	String finalizeYear(@RequestParam int year, @ModelAttribute("finalizeForm") FinalizeForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		this.rankings.finalizeYear(user, year, form, errors);
		if (errors.hasErrors()) {
			return page(year, null, user, model);
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
			return page(year, null, user, model);
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
