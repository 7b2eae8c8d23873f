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
 * A cluster leader or district officer acts for a district, which the form must name.
 */
@Documented
@Constraint(validatedBy = LocalRoleHasDistrict.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface LocalRoleHasDistrict {

	String message() default "{user.district.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the district against the role. */
	class Validator implements ConstraintValidator<LocalRoleHasDistrict, UserForm> {

		@Override
		public boolean isValid(UserForm form, ConstraintValidatorContext context) {
			if (form.getRole() == null || form.getRole().isDepartment() || form.getDistrictId() != null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("districtId")
				.addConstraintViolation();
			return false;
		}

	}

}
