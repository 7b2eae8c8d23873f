package vn.thidua.meeting.web;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.unit.UnitService;
import vn.thidua.meeting.FollowUpTasks;
import vn.thidua.meeting.Meeting;
import vn.thidua.meeting.MeetingChoices;
import vn.thidua.meeting.MeetingKind;
import vn.thidua.meeting.MeetingService;
import vn.thidua.meeting.TaskStatus;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.document.DownloadName;
import vn.thidua.shared.Years;

@Controller
class MeetingController {

	static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final MeetingChoices choices;

	private final FollowUpTasks tasks;

	private final MeetingService meetings;

	private final ClusterService clusters;

	private final UnitService units;

	private final MeetingDocument document;

	private final Clock clock;

	private final vn.thidua.unit.Departments departments;

	MeetingController(MeetingService meetings, ClusterService clusters, UnitService units, MeetingDocument document,
			Clock clock, FollowUpTasks tasks, MeetingChoices choices, vn.thidua.unit.Departments departments) {
		this.departments = departments;
		this.choices = choices;
		this.tasks = tasks;
		this.meetings = meetings;
		this.clusters = clusters;
		this.units = units;
		this.document = document;
		this.clock = clock;
	}

	@GetMapping("/meetings")
	String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) MeetingKind kind,
			@RequestParam(required = false) Long cluster, @RequestParam(required = false) Long host,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		MeetingService.Filter filter = new MeetingService.Filter(year, kind, cluster, host, q, page);
		int clusterYear = Years.choose(year, () -> this.clusters.ownYears(user), this.clock);
		model.addAttribute("filter", filter);
		model.addAttribute("page", this.meetings.search(user, filter));
		model.addAttribute("years", this.meetings.years(user));
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("clusters", this.clusters.clustersOf(user.provinceId(), clusterYear));
		model.addAttribute("units", this.units.ofClusterLevels(user.provinceId(), clusterYear));
		model.addAttribute("mayCreate", this.meetings.mayEdit(user, null));
		return "meeting/list";
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Meeting meeting = this.meetings.get(user, id);
		model.addAttribute("meeting", meeting);
		model.addAttribute("tasks", this.tasks.tasksOf(id));
		model.addAttribute("today", this.meetings.today());
		model.addAttribute("mayEdit", this.meetings.mayEdit(user, meeting));
		if (!model.containsAttribute("doneForm")) {
			model.addAttribute("doneForm", new TaskDoneForm());
		}
		return "meeting/detail";
	}

	/**
	 * A new meeting; {@code year} chooses whose clusters and units it offers before a
	 * start date is typed (else the year the app opens on).
	 */
	@GetMapping("/meetings/new")
	String createForm(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		MeetingForm form = MeetingForm.empty();
		int shown = (year != null) ? year : this.choices.yearOf(user, form);
		if (!this.choices.mayLeaveClusterEmpty(user)) {
			// a leader's meeting is its cluster's: the form starts there, not on "no
			// cluster", which it may not choose
			form.setKind(MeetingKind.GIAO_BAN_CUM);
			List<Cluster> led = this.choices.clusterChoices(user, shown);
			if (led.size() == 1) {
				form.setClusterId(led.get(0).getId());
				form.setHostUnitId(user.unitId());
			}
		}
		return form(user, form, null, model, shown);
	}

	@PostMapping("/meetings")
	String create(@Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return save(user, null, form, errors, model, redirect);
	}

	@GetMapping("/meetings/{id}/edit")
	String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Meeting meeting = this.meetings.get(user, id);
		if (!this.meetings.mayEdit(user, meeting)) {
			throw new AccessDeniedException("May not edit meeting " + id);
		}
		MeetingForm form = MeetingForm.from(meeting, this.tasks.tasksOf(id));
		return form(user, form, id, model);
	}

	@PostMapping("/meetings/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") MeetingForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		return save(user, id, form, errors, model, redirect);
	}

	@PostMapping("/meetings/{id}/tasks/{taskId}/done")
	String completeTask(@PathVariable long id, @PathVariable long taskId,
			@Valid @ModelAttribute("doneForm") TaskDoneForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			this.tasks.completeTask(user, id, taskId, form.getNote(), errors);
		}
		if (errors.hasErrors()) {
			model.addAttribute("doneTaskId", taskId);
			return show(id, user, model);
		}
		redirect.addFlashAttribute("message", "task.done");
		return "redirect:/meetings/" + id;
	}

	@GetMapping("/meetings/{id}/minutes.docx")
	ResponseEntity<byte[]> minutes(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		Meeting meeting = this.meetings.get(user, id);
		byte[] content = this.document.render(meeting, this.tasks.tasksOf(id),
				this.departments.on(meeting.getProvinceId(), meeting.getStartDate()));
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.attachment(this.document.fileName(meeting)))
			.body(content);
	}

	private String save(CurrentUser user, Long id, MeetingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		// the service adds its own checks to the form's, so that every error shows at
		// once
		Optional<Long> saved = this.meetings.save(user, id, form, errors);
		if (saved.isEmpty()) {
			return form(user, form, id, model);
		}
		redirect.addFlashAttribute("message", (id == null) ? "meeting.created" : "meeting.updated");
		return "redirect:/meetings/" + saved.get();
	}

	private String form(CurrentUser user, MeetingForm form, Long id, Model model) {
		return form(user, form, id, model, this.choices.yearOf(user, form));
	}

	private String form(CurrentUser user, MeetingForm form, Long id, Model model, int year) {
		model.addAttribute("form", form);
		model.addAttribute("meetingId", id);
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("clusters", this.choices.clusterChoices(user, year));
		model.addAttribute("mayLeaveClusterEmpty", this.choices.mayLeaveClusterEmpty(user));
		model.addAttribute("units", this.choices.unitChoices(user, year));
		return "meeting/form";
	}

}
