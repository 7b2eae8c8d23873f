package vn.thidua.account.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A cluster leader or unit officer acts for a unit, which the form must name.
 */
@Documented
@Constraint(validatedBy = LocalRoleHasUnit.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface LocalRoleHasUnit {

	String message() default "{user.unit.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the unit against the role. */
	class Validator implements ConstraintValidator<LocalRoleHasUnit, UserForm> {

		@Override
		public boolean isValid(UserForm form, ConstraintValidatorContext context) {
			if (form.getRole() == null || form.getRole().isDepartment() || form.getUnitId() != null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("unitId")
				.addConstraintViolation();
			return false;
		}

	}

}
