package vn.thidua.cluster;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.CopyYearForm;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Years;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitLevel;
import vn.thidua.unit.UnitService;

/**
 * {@code /admin/clusters}: a year's clusters, copying a year to the next, and defining a
 * cluster's members, leader and deputy.
 */
@Controller
@RequestMapping("/admin/clusters")
class ClusterAdminController {

	private final ClusterAdminService admin;

	private final ClusterService clusters;

	private final UnitService units;

	private final Clock clock;

	private final YearCopyPlanner planner;

	ClusterAdminController(ClusterAdminService admin, ClusterService clusters, UnitService units, Clock clock,
			YearCopyPlanner planner) {
		this.planner = planner;
		this.admin = admin;
		this.clusters = clusters;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
		List<Integer> years = this.clusters.years(user.provinceId());
		int shown = Years.choose(year, years, this.clock);
		model.addAttribute("years", years);
		model.addAttribute("year", shown);
		model.addAttribute("clusters", this.admin.ofYear(user, shown));
		if (!model.containsAttribute("copy")) {
			model.addAttribute("copy", CopyYearForm.after(years));
		}
		return "admin/clusters";
	}

	@PostMapping("/copy")
	String copy(@ModelAttribute("copy") CopyYearForm copy, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (this.admin.checkCopy(user, copy.getFrom(), copy.getTo(), errors)
				&& this.planner.crossesAReform(user, copy.getFrom(), copy.getTo())) {
			// members ended before the new year: their successors, as a plan to edit
			redirect.addAttribute("from", copy.getFrom());
			redirect.addAttribute("to", copy.getTo());
			redirect.addAttribute("rotate", copy.isRotate());
			return "redirect:/admin/clusters/copy/plan";
		}
		int created = errors.hasErrors() ? 0
				: this.admin.copyYear(user, copy.getFrom(), copy.getTo(), copy.isRotate(), errors);
		if (errors.hasErrors()) {
			return list(copy.getFrom(), user, model);
		}
		redirect.addFlashAttribute("message", "cluster.copied");
		redirect.addFlashAttribute("count", created);
		return "redirect:/admin/clusters?year=" + copy.getTo();
	}

	/** The plan of a year copied across a reform, as proposed. */
	@GetMapping("/copy/plan")
	String plan(@ModelAttribute("copy") CopyYearForm copy, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!this.admin.checkCopy(user, copy.getFrom(), copy.getTo(), errors)) {
			return list(copy.getFrom(), user, model);
		}
		return plan(this.planner.propose(user, copy.getFrom(), copy.getTo(), copy.isRotate()), user, model);
	}

	/** The plan as edited, shown again with the clusters the units were moved to. */
	@PostMapping("/copy/plan")
	String replan(@ModelAttribute("plan") CopyPlanForm plan, @AuthenticationPrincipal CurrentUser user, Model model) {
		return plan(plan, user, model);
	}

	/** The plan as edited, with one more (empty) cluster to move units into. */
	@PostMapping("/copy/plan/add")
	String addCluster(@ModelAttribute("plan") CopyPlanForm plan, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		plan.getClusters().add(new CopyPlanForm.PlannedCluster());
		return plan(plan, user, model);
	}

	/**
	 * The plan confirmed: every cluster created, or the plan shown again with why not.
	 */
	@PostMapping("/copy/plan/confirm")
	String confirm(@ModelAttribute("plan") CopyPlanForm plan, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		int created = this.planner.confirm(user, plan, errors);
		if (errors.hasErrors()) {
			return plan(plan, user, model);
		}
		redirect.addFlashAttribute("message", "cluster.copied");
		redirect.addFlashAttribute("count", created);
		return "redirect:/admin/clusters?year=" + plan.getTo();
	}

	private String plan(CopyPlanForm plan, CurrentUser user, Model model) {
		if (plan.getFrom() == null || plan.getTo() == null) {
			return "redirect:/admin/clusters";
		}
		java.util.Map<Long, Unit> units = this.planner.unitsOf(user,
				plan.getUnits()
					.stream()
					.map(CopyPlanForm.PlacedUnit::getUnitId)
					.filter(java.util.Objects::nonNull)
					.toList());
		// a unit of another province, or none, is not shown (nobody crosses provinces)
		plan.getUnits().removeIf((placed) -> placed.getUnitId() == null || !units.containsKey(placed.getUnitId()));
		model.addAttribute("plan", plan);
		model.addAttribute("maxMembers", YearCopyPlanner.MAX_PROPOSED_MEMBERS);
		model.addAttribute("units", units);
		return "admin/cluster-copy";
	}

	@GetMapping("/new")
	String newCluster(@RequestParam int year, @AuthenticationPrincipal CurrentUser user, Model model) {
		return form(user, null, year, new ClusterForm(), model);
	}

	@PostMapping("/new")
	String create(@RequestParam int year, @Valid @ModelAttribute("form") ClusterForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (this.admin.save(user, null, year, form, errors) == null) {
			return form(user, null, year, form, model);
		}
		redirect.addFlashAttribute("message", "cluster.saved");
		return "redirect:/admin/clusters?year=" + year;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Cluster cluster = this.clusters.get(id, user.provinceId());
		return form(user, cluster, cluster.getYear(), ClusterForm.of(cluster), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") ClusterForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		Cluster cluster = this.clusters.get(id, user.provinceId());
		if (this.admin.save(user, id, cluster.getYear(), form, errors) == null) {
			return form(user, cluster, cluster.getYear(), form, model);
		}
		redirect.addFlashAttribute("message", "cluster.saved");
		return "redirect:/admin/clusters?year=" + cluster.getYear();
	}

	private String form(CurrentUser user, Cluster cluster, int year, ClusterForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("cluster", cluster);
		model.addAttribute("year", year);
		List<Unit> units = this.admin.unitsOf(user, year);
		model.addAttribute("units", units);
		// the choices by level, each headed by its own word ("xã, phường"); the levels
		// the
		// year's clusters are not formed of (the communes of 2014) start folded, unless
		// one
		// of them is chosen
		model.addAttribute("unitsByLevel", units.stream()
			.collect(Collectors.groupingBy(Unit::getLevel, () -> new EnumMap<>(UnitLevel.class), Collectors.toList())));
		Set<UnitLevel> levels = this.units.clusterLevels(user.provinceId(), year);
		Set<Long> chosen = new HashSet<>(form.getMemberIds());
		Set<UnitLevel> open = EnumSet.noneOf(UnitLevel.class);
		units.stream()
			.filter((u) -> levels.isEmpty() || levels.contains(u.getLevel()) || chosen.contains(u.getId()))
			.forEach((u) -> open.add(u.getLevel()));
		model.addAttribute("openLevels", open);
		model.addAttribute("others",
				this.admin.ofYear(user, year)
					.stream()
					.filter((c) -> cluster == null || !c.getId().equals(cluster.getId()))
					.toList());
		return "admin/cluster-form";
	}

}
