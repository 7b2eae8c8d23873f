package vn.thidua.meeting.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import vn.thidua.meeting.FollowUpTask;
import vn.thidua.meeting.TaskStatus;

/**
 * One follow-up task row of the meeting form; a row left empty is ignored.
 */
@CompleteTask
public class TaskForm {

	private Long id;

	@Size(max = 300)
	private String title;

	private Long unitId;

	@Size(max = 200)
	private String office;

	private LocalDate dueDate;

	private TaskStatus status = TaskStatus.OPEN;

	static TaskForm from(FollowUpTask task) {
		TaskForm form = new TaskForm();
		form.id = task.getId();
		form.title = task.getTitle();
		form.unitId = (task.getResponsibleUnit() != null) ? task.getResponsibleUnit().getId() : null;
		form.office = task.getResponsibleOffice();
		form.dueDate = task.getDueDate();
		form.status = task.getStatus();
		return form;
	}

	public boolean isBlank() {
		return (this.title == null || this.title.isBlank()) && this.unitId == null
				&& (this.office == null || this.office.isBlank()) && this.dueDate == null;
	}

	public Long getId() {
		return this.id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getOffice() {
		return this.office;
	}

	public void setOffice(String office) {
		this.office = office;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public TaskStatus getStatus() {
		return this.status;
	}

	public void setStatus(TaskStatus status) {
		this.status = status;
	}

}
