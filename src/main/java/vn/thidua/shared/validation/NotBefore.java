package vn.thidua.shared.validation;

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

import org.springframework.beans.BeanWrapperImpl;

/**
 * On a form: the date {@link #field()} is not before the date {@link #other()} (an end
 * not before its start). The error stands at {@link #field()}; either date missing is
 * another constraint's to say.
 */
@Documented
@Constraint(validatedBy = NotBefore.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotBefore {

	String field();

	String other();

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Compares the two dates of the form. */
	class Validator implements ConstraintValidator<NotBefore, Object> {

		private NotBefore constraint;

		@Override
		public void initialize(NotBefore constraint) {
			this.constraint = constraint;
		}

		@Override
		public boolean isValid(Object form, ConstraintValidatorContext context) {
			BeanWrapperImpl bean = new BeanWrapperImpl(form);
			Object value = bean.getPropertyValue(this.constraint.field());
			Object other = bean.getPropertyValue(this.constraint.other());
			if (!(value instanceof LocalDate date) || !(other instanceof LocalDate start) || !date.isBefore(start)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(this.constraint.message())
				.addPropertyNode(this.constraint.field())
				.addConstraintViolation();
			return false;
		}

	}

}
