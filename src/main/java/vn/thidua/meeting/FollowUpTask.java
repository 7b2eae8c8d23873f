package vn.thidua.meeting;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.unit.Unit;
import vn.thidua.shared.BaseEntity;

/**
 * What a meeting concluded someone must do: a unit, or a unit of the department, by a
 * date.
 */
@Entity
@Table(name = "follow_up_tasks")
public class FollowUpTask extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "meeting_id", updatable = false)
	private Meeting meeting;

	@Column(nullable = false, length = 300)
	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "responsible_unit_id")
	private Unit responsibleUnit;

	@Column(length = 200)
	private String responsibleOffice;

	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private TaskStatus status;

	private String completionNote;

	private Instant completedAt;

	@Version
	private int version;

	protected FollowUpTask() {
	}

	FollowUpTask(Meeting meeting) {
		this.meeting = meeting;
		this.status = TaskStatus.OPEN;
	}

	void describe(String title, Unit responsibleUnit, String responsibleOffice, LocalDate dueDate, TaskStatus status,
			Instant now) {
		this.title = title;
		this.responsibleUnit = responsibleUnit;
		this.responsibleOffice = responsibleOffice;
		this.dueDate = dueDate;
		if (status != this.status) {
			this.completedAt = (status == TaskStatus.DONE) ? now : null;
		}
		this.status = status;
	}

	void complete(String note, Instant now) {
		this.status = TaskStatus.DONE;
		this.completionNote = note;
		this.completedAt = now;
	}

	/**
	 * Open and past its due date.
	 */
	public boolean isOverdue(LocalDate today) {
		return this.status == TaskStatus.OPEN && this.dueDate != null && this.dueDate.isBefore(today);
	}

	public Meeting getMeeting() {
		return this.meeting;
	}

	public String getTitle() {
		return this.title;
	}

	public Unit getResponsibleUnit() {
		return this.responsibleUnit;
	}

	public String getResponsibleOffice() {
		return this.responsibleOffice;
	}

	/**
	 * The unit's name, or the department unit.
	 */
	public String getResponsible() {
		return (this.responsibleUnit != null) ? this.responsibleUnit.getName() : this.responsibleOffice;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public TaskStatus getStatus() {
		return this.status;
	}

	public String getCompletionNote() {
		return this.completionNote;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

}
