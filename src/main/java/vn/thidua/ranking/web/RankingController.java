package vn.thidua.ranking.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.DigestUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.WebUtils;

import vn.thidua.cluster.ClusterService;
import vn.thidua.ranking.RankingService;
import vn.thidua.ranking.RankingView;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.document.DownloadName;
import vn.thidua.shared.Years;

@Controller
public class RankingController {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final String VIEW = "ranking/list";

	private final RankingService rankings;

	private final RankingWorkbook workbook;

	private final ClusterService clusters;

	private final Clock clock;

	private final vn.thidua.unit.Departments departments;

	private final org.springframework.beans.factory.ObjectProvider<vn.thidua.ranking.RegisteredTitles> titles;

	private final org.springframework.beans.factory.ObjectProvider<vn.thidua.ranking.DecidedAwards> decided;

	RankingController(RankingService rankings, RankingWorkbook workbook, ClusterService clusters, Clock clock,
			org.springframework.beans.factory.ObjectProvider<vn.thidua.ranking.RegisteredTitles> titles,
			org.springframework.beans.factory.ObjectProvider<vn.thidua.ranking.DecidedAwards> decided,
			vn.thidua.unit.Departments departments) {
		this.departments = departments;
		this.titles = titles;
		this.decided = decided;
		this.rankings = rankings;
		this.workbook = workbook;
		this.clusters = clusters;
		this.clock = clock;
	}

	/**
	 * The rankings page. A repeat visit whose page would be the same answers 304 without
	 * rendering: the ETag is the province's data version (which covers every change the
	 * page shows, a user's name, role and unit included) with everything of the request
	 * that shapes the page — the user's scope, the parameters, the language, the day and
	 * the session's CSRF token. A page carrying a flash message is never answered from
	 * the browser's copy.
	 */
	@GetMapping("/rankings")
	String show(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			@AuthenticationPrincipal CurrentUser user, Model model, HttpServletRequest request,
			HttpServletResponse response, WebRequest webRequest) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		if (flash == null || flash.isEmpty()) {
			String etag = etag(user, year, quarter, request);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
			if (webRequest.checkNotModified(etag)) {
				return null;
			}
		}
		return page(year, quarter, user, model);
	}

	private String etag(CurrentUser user, Integer year, Integer quarter, HttpServletRequest request) {
		String csrf = String.valueOf(WebUtils.getCookie(request, "THIDUA_CSRF") != null
				? WebUtils.getCookie(request, "THIDUA_CSRF").getValue() : null);
		String key = String.join("|", "rankings", Long.toString(this.rankings.dataVersion(user)),
				Long.toString(user.id()), user.role().name(), String.valueOf(user.unitId()), String.valueOf(year),
				String.valueOf(quarterOrYear(quarter)), RequestContextUtils.getLocale(request).toLanguageTag(),
				LocalDate.now(this.clock).toString(), csrf);
		return "\"" + DigestUtils.md5DigestAsHex(key.getBytes(StandardCharsets.UTF_8)) + "\"";
	}

	private String page(Integer year, Integer quarter, CurrentUser user, Model model) {
		fill(year, quarter, user, model);
		return VIEW;
	}

	private void fill(Integer year, Integer quarter, CurrentUser user, Model model) {
		List<Integer> years = this.clusters.years(user.provinceId());
		int shown = Years.choose(year, () -> this.clusters.ownYears(user, years), this.clock);
		model.addAttribute("years", years);
		model.addAttribute("wide", true);
		RankingView view = this.rankings.view(user, shown, quarterOrYear(quarter));
		model.addAttribute("view", view);
		// the titles the units registered in their covenants, beside what the year
		// supports
		vn.thidua.ranking.RegisteredTitles registered = (view.quarter() == null) ? this.titles.getIfAvailable() : null;
		java.util.Set<Long> covenants = (registered != null) ? registered.clustersWithCovenant(user.provinceId(), shown)
				: java.util.Set.of();
		model.addAttribute("covenants", covenants);
		model.addAttribute("titles", covenants.isEmpty() ? Map.of() : registered.of(user.provinceId(), shown));
		// who is proposed: the department's decision once finalized (it replaces the
		// per-unit override), else the closed clusters' votes, else the rules
		vn.thidua.ranking.Proposals proposals = this.rankings.proposals(user, view);
		model.addAttribute("proposals", proposals);
		model.addAttribute("decided", proposals.decided());
		if (!model.containsAttribute("finalizeForm")) {
			model.addAttribute("finalizeForm", FinalizeForm.from(view));
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
		int shown = Years.choose(year, () -> this.clusters.ownYears(user), this.clock);
		Integer q = quarterOrYear(quarter);
		RankingView view = this.rankings.view(user, shown, q);
		String file = this.workbook.fileName(view);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.attachment(file))
			.body(this.workbook.render(view, this.rankings.proposals(user, view),
					this.departments.ofYear(user.provinceId(), shown), user.provinceName()));
	}

	/**
	 * The quarter asked for, or {@code null} (the year view) for none or one that does
	 * not exist.
	 */
	private static Integer quarterOrYear(Integer quarter) {
		return (quarter != null && quarter >= 1 && quarter <= 4) ? quarter : null;
	}

}
