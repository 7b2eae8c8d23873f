package vn.thidua.meeting.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A task row that is not left empty has a title and someone responsible (a unit or a
 * unit); on a meeting form, no task is due before the meeting starts.
 */
@Documented
@Constraint(validatedBy = { CompleteTask.RowValidator.class, CompleteTask.MeetingValidator.class })
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface CompleteTask {

	String message() default "{task.titleRequired}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** One row. */
	class RowValidator implements ConstraintValidator<CompleteTask, TaskForm> {

		@Override
		public boolean isValid(TaskForm task, ConstraintValidatorContext context) {
			if (task.isBlank()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			if (task.getTitle() == null || task.getTitle().isBlank()) {
				context.buildConstraintViolationWithTemplate("{task.titleRequired}")
					.addPropertyNode("title")
					.addConstraintViolation();
				valid = false;
			}
			if (task.getUnitId() == null && (task.getOffice() == null || task.getOffice().isBlank())) {
				context.buildConstraintViolationWithTemplate("{task.responsibleRequired}")
					.addPropertyNode("unitId")
					.addConstraintViolation();
				valid = false;
			}
			return valid;
		}

	}

	/** The due dates of a meeting's rows against its start. */
	class MeetingValidator implements ConstraintValidator<CompleteTask, MeetingForm> {

		@Override
		public boolean isValid(MeetingForm meeting, ConstraintValidatorContext context) {
			LocalDate start = meeting.getStartDate();
			if (start == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			for (int i = 0; i < meeting.getTasks().size(); i++) {
				TaskForm task = meeting.getTasks().get(i);
				if (!task.isBlank() && task.getDueDate() != null && task.getDueDate().isBefore(start)) {
					context.buildConstraintViolationWithTemplate("{task.dueBeforeMeeting}")
						.addPropertyNode("tasks")
						.addPropertyNode("dueDate")
						.inIterable()
						.atIndex(i)
						.addConstraintViolation();
					valid = false;
				}
			}
			return valid;
		}

	}

}
