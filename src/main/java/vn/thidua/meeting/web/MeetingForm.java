package vn.thidua.meeting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.thidua.unit.Unit;
import vn.thidua.meeting.FollowUpTask;
import vn.thidua.meeting.Meeting;
import vn.thidua.meeting.MeetingKind;
import vn.thidua.shared.validation.NotBefore;

/**
 * A meeting as its form edits it, with its follow-up tasks (existing ones plus empty
 * rows).
 */
@NotBefore(field = "endDate", other = "startDate", message = "{meeting.endBeforeStart}")
@CompleteTask
public class MeetingForm {

	static final int EMPTY_TASK_ROWS = 3;

	private int version;

	@NotNull
	private MeetingKind kind;

	@NotBlank
	@Size(max = 300)
	private String title;

	@NotNull
	private LocalDate startDate;

	@NotNull
	private LocalDate endDate;

	@Size(max = 300)
	private String location;

	private Long clusterId;

	private Long hostUnitId;

	@Size(max = 200)
	private String chair;

	private Set<Long> participantIds = new LinkedHashSet<>();

	@Size(max = 5000)
	private String otherParticipants;

	@Size(max = 20000)
	private String content;

	@Size(max = 20000)
	private String conclusions;

	@Valid
	private List<TaskForm> tasks = new ArrayList<>();

	static MeetingForm empty() {
		MeetingForm form = new MeetingForm();
		form.addEmptyTaskRows();
		return form;
	}

	static MeetingForm from(Meeting meeting, List<FollowUpTask> tasks) {
		MeetingForm form = new MeetingForm();
		form.version = meeting.getVersion();
		form.kind = meeting.getKind();
		form.title = meeting.getTitle();
		form.startDate = meeting.getStartDate();
		form.endDate = meeting.getEndDate();
		form.location = meeting.getLocation();
		form.clusterId = (meeting.getCluster() != null) ? meeting.getCluster().getId() : null;
		form.hostUnitId = (meeting.getHostUnit() != null) ? meeting.getHostUnit().getId() : null;
		form.chair = meeting.getChair();
		meeting.getParticipants().stream().map(Unit::getId).forEach(form.participantIds::add);
		form.otherParticipants = meeting.getOtherParticipants();
		form.content = meeting.getContent();
		form.conclusions = meeting.getConclusions();
		tasks.stream().map(TaskForm::from).forEach(form.tasks::add);
		form.addEmptyTaskRows();
		return form;
	}

	void addEmptyTaskRows() {
		for (int i = 0; i < EMPTY_TASK_ROWS; i++) {
			this.tasks.add(new TaskForm());
		}
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public MeetingKind getKind() {
		return this.kind;
	}

	public void setKind(MeetingKind kind) {
		this.kind = kind;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public void setEndDate(LocalDate endDate) {
		this.endDate = endDate;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public Long getClusterId() {
		return this.clusterId;
	}

	public void setClusterId(Long clusterId) {
		this.clusterId = clusterId;
	}

	public Long getHostUnitId() {
		return this.hostUnitId;
	}

	public void setHostUnitId(Long hostUnitId) {
		this.hostUnitId = hostUnitId;
	}

	public String getChair() {
		return this.chair;
	}

	public void setChair(String chair) {
		this.chair = chair;
	}

	public Set<Long> getParticipantIds() {
		return this.participantIds;
	}

	public void setParticipantIds(Set<Long> participantIds) {
		this.participantIds = participantIds;
	}

	public String getOtherParticipants() {
		return this.otherParticipants;
	}

	public void setOtherParticipants(String otherParticipants) {
		this.otherParticipants = otherParticipants;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public String getConclusions() {
		return this.conclusions;
	}

	public void setConclusions(String conclusions) {
		this.conclusions = conclusions;
	}

	public List<TaskForm> getTasks() {
		return this.tasks;
	}

	public void setTasks(List<TaskForm> tasks) {
		this.tasks = tasks;
	}

}
