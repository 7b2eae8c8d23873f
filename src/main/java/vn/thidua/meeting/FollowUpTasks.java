package vn.thidua.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.meeting.domain.FollowUpTaskRepository;
import vn.thidua.shared.CurrentUser;

/**
 * The follow-up tasks of meetings: those of a meeting, a cluster or a user (for the
 * dashboard), and a unit closing its own.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpTasks {

	private final FollowUpTaskRepository tasks;

	private final MeetingPolicy policy;

	private final AuditService audit;

	private final Clock clock;

	FollowUpTasks(FollowUpTaskRepository tasks, MeetingPolicy policy, AuditService audit, Clock clock) {
		this.tasks = tasks;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	public List<FollowUpTask> tasksOf(long meetingId) {
		return this.tasks.findOfMeeting(meetingId);
	}

	public List<FollowUpTask> openTasksOfCluster(long clusterId) {
		return this.tasks.findOpenOfCluster(clusterId);
	}

	/**
	 * The open tasks that concern the user: its unit's, or for the department every open
	 * task of the province; overdue first.
	 */
	public List<FollowUpTask> openTasks(CurrentUser user) {
		List<FollowUpTask> open = (user.unitId() != null) ? this.tasks.findOpenOfUnit(user.unitId())
				: this.tasks.findOpenInProvince(user.provinceId());
		LocalDate today = today();
		return open.stream().sorted(java.util.Comparator.comparing((FollowUpTask t) -> !t.isOverdue(today))).toList();
	}

	/**
	 * A unit marks one of its tasks done, with a note (required).
	 */
	@Transactional
	public void completeTask(CurrentUser user, long meetingId, long taskId, String note, Errors errors) {
		FollowUpTask task = this.tasks.findInMeeting(taskId, meetingId, user.provinceId())
			.orElseThrow(() -> new MeetingNotFoundException(meetingId));
		if (!this.policy.mayComplete(user, task)) {
			throw new AccessDeniedException("Not this user's task");
		}
		if (note == null || note.isBlank()) {
			errors.rejectValue("note", "task.noteRequired");
			return;
		}
		task.complete(note.strip(), this.clock.instant());
		this.audit.record(user, "TASK_DONE", MeetingService.ENTITY, meetingId,
				this.audit.words("trail.task.done", task.getTitle(), note.strip()));
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
