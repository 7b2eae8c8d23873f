package vn.thidua.meeting;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Overdue is "open and past its due date", against a fixed day.
 */
class FollowUpTaskTests {

	static final LocalDate TODAY = LocalDate.of(2014, 5, 20);

	@Test
	void anOpenTaskIsOverdueFromTheDayAfterItsDueDate() {
		assertThat(task(TODAY.minusDays(1), TaskStatus.OPEN).isOverdue(TODAY)).isTrue();
		assertThat(task(TODAY, TaskStatus.OPEN).isOverdue(TODAY)).isFalse();
		assertThat(task(TODAY.plusDays(3), TaskStatus.OPEN).isOverdue(TODAY)).isFalse();
	}

	@Test
	void doneCancelledOrUndatedTasksAreNeverOverdue() {
		assertThat(task(TODAY.minusDays(10), TaskStatus.DONE).isOverdue(TODAY)).isFalse();
		assertThat(task(TODAY.minusDays(10), TaskStatus.CANCELLED).isOverdue(TODAY)).isFalse();
		assertThat(task(null, TaskStatus.OPEN).isOverdue(TODAY)).isFalse();
	}

	@Test
	void completingKeepsTheNoteAndTheTime() {
		FollowUpTask task = task(TODAY, TaskStatus.OPEN);
		Instant now = Instant.parse("2014-05-21T02:00:00Z");
		task.complete("Đã kiểm tra 12 đại lý Internet", now);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.DONE);
		assertThat(task.getCompletionNote()).isEqualTo("Đã kiểm tra 12 đại lý Internet");
		assertThat(task.getCompletedAt()).isEqualTo(now);
	}

	private static FollowUpTask task(LocalDate due, TaskStatus status) {
		FollowUpTask task = new FollowUpTask(null);
		task.describe("Kiểm tra đại lý Internet", null, "Phòng Bưu chính – Viễn thông", due, status, Instant.EPOCH);
		return task;
	}

}
