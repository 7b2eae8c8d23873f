package vn.thidua.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.cluster.Cluster;
import vn.thidua.unit.Unit;
import vn.thidua.meeting.domain.MeetingRepository;
import vn.thidua.meeting.web.MeetingForm;
import vn.thidua.meeting.web.TaskForm;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Pages;
import vn.thidua.shared.Formats;

/**
 * Meetings and their follow-up tasks. Everyone in the province reads them; the department
 * (STAFF, ADMIN) writes any meeting of the province, a cluster leader the meetings of the
 * clusters it leads; a unit marks its own tasks done.
 */
@Service
@Transactional(readOnly = true)
public class MeetingService {

	public static final String ENTITY = "Meeting";

	static final int PAGE_SIZE = 20;

	private final MeetingRepository meetings;

	private final MeetingChoices choices;

	private final AuditService audit;

	private final MeetingPolicy policy;

	private final Clock clock;

	private final org.springframework.context.ApplicationEventPublisher events;

	private final jakarta.persistence.EntityManager entityManager;

	private final vn.thidua.unit.Departments departments;

	private final vn.thidua.unit.ProvinceHistory provinces;

	MeetingService(MeetingRepository meetings, MeetingChoices choices, AuditService audit, MeetingPolicy policy,
			Clock clock, org.springframework.context.ApplicationEventPublisher events,
			jakarta.persistence.EntityManager entityManager, vn.thidua.unit.Departments departments,
			vn.thidua.unit.ProvinceHistory provinces) {
		this.departments = departments;
		this.provinces = provinces;
		this.events = events;
		this.entityManager = entityManager;
		this.meetings = meetings;
		this.choices = choices;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The filters of the list page.
	 *
	 * @param year the year of the start date
	 * @param kind the kind
	 * @param clusterId the cluster
	 * @param hostId the host unit
	 * @param text words of the title or conclusions
	 * @param page the page, from 0
	 */
	public record Filter(Integer year, MeetingKind kind, Long clusterId, Long hostId, String text, int page) {
	}

	public Page<Meeting> search(CurrentUser user, Filter filter) {
		String text = (filter.text() != null && !filter.text().isBlank())
				? "%" + filter.text().strip().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%" : null;
		return this.meetings.search(this.provinces.readableBy(user), filter.year(), filter.kind(), filter.clusterId(),
				filter.hostId(), text, PageRequest.of(Pages.clamp(filter.page()), PAGE_SIZE,
						Sort.by(Sort.Order.desc("startDate"), Sort.Order.desc("id"))));
	}

	public List<Integer> years(CurrentUser user) {
		return this.meetings.findYears(this.provinces.readableBy(user));
	}

	/**
	 * A meeting of the user's province, or for the department one of a province its own
	 * was formed from (read only: {@link #mayEdit} says no to it).
	 */
	public Meeting get(CurrentUser user, long id) {
		return this.meetings.findInProvinces(id, this.provinces.readableBy(user))
			.orElseThrow(() -> new MeetingNotFoundException(id));
	}

	public List<Meeting> ofCluster(long clusterId) {
		return this.meetings.findByCluster(clusterId);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Whether the user may change the meeting (null: a new one); see
	 * {@link MeetingPolicy}.
	 */
	public boolean mayEdit(CurrentUser user, Meeting meeting) {
		return this.policy.mayEdit(user, meeting);
	}

	/**
	 * Saves a new meeting ({@code id} null) or changes one, with its tasks. Input is
	 * checked in full first; with an error nothing is written.
	 * @return the meeting's id, or empty with the reasons in {@code errors}
	 */
	@Transactional
	public Optional<Long> save(CurrentUser user, Long id, MeetingForm form, Errors errors) {
		Meeting meeting = (id != null) ? get(user, id) : null;
		if (!mayEdit(user, meeting)) {
			throw new AccessDeniedException("May not write this meeting");
		}
		if (meeting != null && meeting.getVersion() != form.getVersion()) {
			errors.reject("meeting.conflict");
		}
		int year = this.choices.yearOf(user, form);
		Cluster cluster = null;
		if (form.getClusterId() != null) {
			cluster = this.choices.clusterChoices(user, year)
				.stream()
				.filter((c) -> c.getId().equals(form.getClusterId()))
				.findFirst()
				.orElse(null);
			if (cluster == null) {
				errors.rejectValue("clusterId",
						this.policy.onlyOwnClusters(user) ? "meeting.cluster.own" : "meeting.cluster.invalid",
						new Object[] { Integer.toString(year) }, null);
			}
		}
		else if (!this.policy.mayLeaveClusterEmpty(user)) {
			errors.rejectValue("clusterId", "meeting.cluster.own", new Object[] { Integer.toString(year) }, null);
		}
		Set<Long> wanted = new HashSet<>(form.getParticipantIds());
		if (form.getHostUnitId() != null) {
			wanted.add(form.getHostUnitId());
		}
		for (TaskForm task : form.getTasks()) {
			if (task.getUnitId() != null) {
				wanted.add(task.getUnitId());
			}
		}
		Map<Long, Unit> known = this.choices.unitChoices(user, year)
			.stream()
			.filter((d) -> wanted.contains(d.getId()))
			.collect(Collectors.toMap(Unit::getId, Function.identity()));
		if (!known.keySet().containsAll(form.getParticipantIds())) {
			errors.rejectValue("participantIds", "meeting.participants.otherProvince");
		}
		if (form.getHostUnitId() != null && !known.containsKey(form.getHostUnitId())) {
			errors.rejectValue("hostUnitId", "meeting.unit.invalid");
		}
		checkTasks(form, known, errors);
		if (errors.hasErrors()) {
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return Optional.empty();
		}

		Instant now = this.clock.instant();
		boolean created = meeting == null;
		if (created) {
			meeting = new Meeting(user.provinceId(), user.id(), now);
		}
		Set<Unit> participants = form.getParticipantIds()
			.stream()
			.map(known::get)
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
		meeting.describe(form.getKind(), form.getTitle().strip(), form.getStartDate(), form.getEndDate(),
				trim(form.getLocation()), cluster,
				(form.getHostUnitId() != null) ? known.get(form.getHostUnitId()) : null, trim(form.getChair()),
				trim(form.getOtherParticipants()), trim(form.getContent()), trim(form.getConclusions()), participants,
				now);
		Map<Long, Long> assignedBefore = new HashMap<>();
		meeting.getTasks()
			.stream()
			.filter((t) -> t.getId() != null && t.getResponsibleUnit() != null)
			.forEach((t) -> assignedBefore.put(t.getId(), t.getResponsibleUnit().getId()));
		applyTasks(meeting, form, known, now);
		Meeting saved = this.meetings.save(meeting);
		this.entityManager.flush();
		// the units given a task (new, or moved to them) are told
		for (FollowUpTask task : saved.getTasks()) {
			if (task.getResponsibleUnit() != null && task.getStatus() == TaskStatus.OPEN
					&& !task.getResponsibleUnit().getId().equals(assignedBefore.get(task.getId()))) {
				this.events.publishEvent(new TaskAssigned(saved.getId(), task.getId(),
						task.getResponsibleUnit().getId(), task.getTitle(), task.getDueDate()));
			}
		}
		this.audit.record(user, created ? "MEETING_CREATED" : "MEETING_UPDATED", ENTITY, saved.getId(),
				this.audit.words(created ? "trail.meeting.created" : "trail.meeting.updated", saved.getTitle(),
						Formats.date(saved.getStartDate()), saved.getTasks().size()));
		return Optional.of(saved.getId());
	}

	/**
	 * The closing conference of a cluster-year as a meeting of kind "hội nghị tổng kết":
	 * created when the closing first has a date, kept in step after (date, place, the
	 * members as participants, the result as conclusions when given).
	 * @param user the cluster's leader recording the closing
	 * @param closingId the closing
	 * @param cluster the cluster-year
	 * @param heldOn the conference date
	 * @param place where
	 * @param conclusions the result, or {@code null} to keep what is there
	 */
	@Transactional
	public void recordClosingConference(CurrentUser user, long closingId, Cluster cluster, LocalDate heldOn,
			String place, String conclusions) {
		Instant now = this.clock.instant();
		Optional<Meeting> existing = this.meetings.findByClosingId(closingId);
		Meeting meeting = existing.orElseGet(() -> new Meeting(user.provinceId(), user.id(), now, closingId));
		String year = Integer.toString(cluster.getYear());
		meeting.describe(MeetingKind.TONG_KET,
				"Hội nghị tổng kết công tác thi đua năm " + year + " – " + cluster.getName(), heldOn, heldOn, place,
				cluster, cluster.getLeader(), "Đại diện " + cluster.getLeader().getName() + " (cụm trưởng)",
				this.departments.ofYear(cluster.getProvince().getId(), cluster.getYear()).name(),
				"Tổng kết công tác thi đua năm " + year + "; bình xét, bỏ phiếu kín đề nghị khen thưởng; bầu cụm "
						+ "trưởng, cụm phó năm " + (cluster.getYear() + 1) + ".",
				(conclusions != null) ? conclusions : existing.map(Meeting::getConclusions).orElse(null),
				new java.util.LinkedHashSet<>(cluster.getSortedMembers()), now);
		Meeting saved = this.meetings.save(meeting);
		this.audit.record(user, existing.isPresent() ? "MEETING_UPDATED" : "MEETING_CREATED", ENTITY, saved.getId(),
				this.audit.words(
						existing.isPresent() ? "trail.meeting.fromClosingUpdated" : "trail.meeting.fromClosing",
						saved.getTitle(), Formats.date(saved.getStartDate())));
	}

	/**
	 * The units of the task rows must be the year's (the rows' own completeness is the
	 * form's to check, {@link CompleteTask}).
	 */
	private static void checkTasks(MeetingForm form, Map<Long, Unit> known, Errors errors) {
		for (int i = 0; i < form.getTasks().size(); i++) {
			TaskForm task = form.getTasks().get(i);
			if (!task.isBlank() && task.getUnitId() != null && !known.containsKey(task.getUnitId())) {
				errors.rejectValue("tasks[" + i + "].unitId", "meeting.unit.invalid");
			}
		}
	}

	private static void applyTasks(Meeting meeting, MeetingForm form, Map<Long, Unit> known, Instant now) {
		Map<Long, FollowUpTask> existing = new HashMap<>();
		meeting.getTasks().forEach((t) -> existing.put(t.getId(), t));
		Set<Long> kept = new HashSet<>();
		for (TaskForm row : form.getTasks()) {
			if (row.isBlank()) {
				continue;
			}
			FollowUpTask task = (row.getId() != null) ? existing.get(row.getId()) : null;
			if (task == null) {
				task = new FollowUpTask(meeting);
				meeting.getTasks().add(task);
			}
			else {
				kept.add(task.getId());
			}
			task.describe(row.getTitle().strip(), (row.getUnitId() != null) ? known.get(row.getUnitId()) : null,
					trim(row.getOffice()), row.getDueDate(),
					(row.getStatus() != null) ? row.getStatus() : TaskStatus.OPEN, now);
		}
		meeting.getTasks().removeIf((t) -> t.getId() != null && !kept.contains(t.getId()));
	}

	private static String trim(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
