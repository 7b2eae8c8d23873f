package vn.thidua.meeting;

import java.time.LocalDate;

/**
 * A follow-up task given to a unit (new, or moved to it), published in the saving
 * transaction.
 *
 * @param meetingId the meeting
 * @param taskId the task
 * @param unitId the responsible unit
 * @param title the task
 * @param dueDate its due date, or {@code null}
 */
public record TaskAssigned(long meetingId, long taskId, long unitId, String title, LocalDate dueDate) {
}
