package vn.thidua.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.cluster.ClusterService;
import vn.thidua.report.QuarterlyReport;
import vn.thidua.report.ReportCreation;
import vn.thidua.report.ReportDeadlines;
import vn.thidua.report.ReportService;
import vn.thidua.report.ReportStatus;
import vn.thidua.rules.Rules;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Years;

@Controller
class ReportController {

	private final ReportService reports;

	private final ReportCreation creation;

	private final ReportPages pages;

	private final ClusterService clusters;

	private final Clock clock;

	private final ReportDeadlines deadlines;

	ReportController(ReportService reports, ReportCreation creation, ReportPages pages, ClusterService clusters,
			Clock clock, ReportDeadlines deadlines) {
		this.deadlines = deadlines;
		this.reports = reports;
		this.creation = creation;
		this.pages = pages;
		this.clusters = clusters;
		this.clock = clock;
	}

	@GetMapping("/reports")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			@RequestParam(required = false) Long cluster, @RequestParam(required = false) ReportStatus status,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		List<Integer> years = this.clusters.years(user.provinceId());
		model.addAttribute("years", years);
		model.addAttribute("clusters", this.clusters.clustersOf(user.provinceId(),
				Years.choose(year, () -> this.clusters.ownYears(user, years), this.clock)));
		model.addAttribute("statuses", ReportStatus.values());
		model.addAttribute("year", year);
		model.addAttribute("quarter", quarter);
		model.addAttribute("cluster", cluster);
		model.addAttribute("status", status);
		List<QuarterlyReport> found = this.reports.search(user, year, quarter, cluster, status);
		model.addAttribute("reports", found);
		// the rules of each year listed: period names and deadlines
		Map<Integer, Rules> rulesOfYear = new HashMap<>();
		found.forEach(
				(r) -> rulesOfYear.computeIfAbsent(r.getYear(), (y) -> this.deadlines.rules(user.provinceId(), y)));
		model.addAttribute("rulesOfYear", rulesOfYear);
		return "report/list";
	}

	@GetMapping("/reports/new")
	String createForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		// the latest year with clusters
		LocalDate today = LocalDate.now(this.clock);
		NewReportForm form = new NewReportForm();
		form.setYear(Years.choose(null, this.clusters.ownYears(user), this.clock));
		// default: the last period of the year's rules that has ended
		Rules rules = this.deadlines.rules(user.provinceId(), form.getYear());
		form.setQuarter(java.util.stream.IntStream.rangeClosed(1, rules.periodCount())
			.filter((p) -> !rules.end(form.getYear(), p).isAfter(today))
			.max()
			.orElse(1));
		model.addAttribute("form", form);
		periods(user, form, model);
		return "report/new";
	}

	@PostMapping("/reports")
	String create(@Valid @ModelAttribute("form") NewReportForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Optional<Long> id;
		try {
			id = this.creation.create(user, form, errors);
		}
		catch (DataIntegrityViolationException ex) {
			// created at the same moment by another request of the leader: open that one
			Optional<Long> existing = this.creation.existing(user, form.getYear(), form.getQuarter());
			if (existing.isEmpty()) {
				throw ex;
			}
			redirect.addFlashAttribute("message", "report.new.alreadyCreated");
			return "redirect:/reports/" + existing.get() + "/edit";
		}
		if (id.isEmpty()) {
			periods(user, form, model);
			return "report/new";
		}
		redirect.addFlashAttribute("message", "report.created");
		return "redirect:/reports/" + id.get() + "/edit";
	}

	/**
	 * The periods the year's rules score (quarters, half-years or the year), with their
	 * names.
	 */
	private void periods(CurrentUser user, NewReportForm form, Model model) {
		int year = (form.getYear() != null && form.getYear() >= 2000 && form.getYear() <= 2100) ? form.getYear()
				: Years.choose(null, this.clusters.ownYears(user), this.clock);
		Rules rules = this.deadlines.rules(user.provinceId(), year);
		model.addAttribute("periodRules", rules);
		model.addAttribute("periods", java.util.stream.IntStream.rangeClosed(1, rules.periodCount()).boxed().toList());
	}

	@GetMapping("/reports/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		return this.pages.detail(user, id, model);
	}

}
