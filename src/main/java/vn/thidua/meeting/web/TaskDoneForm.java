package vn.thidua.meeting.web;

import jakarta.validation.constraints.Size;

/**
 * The note of a unit marking a task done.
 */
public class TaskDoneForm {

	@Size(max = 2000)
	private String note;

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
