package vn.thidua.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import vn.thidua.shared.Points;

/**
 * Points within {@link #min()}..{@link #max()} (both included); empty is another
 * constraint's to say.
 */
@Documented
@Constraint(validatedBy = PointsRange.Validator.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PointsRange {

	String min();

	String max();

	String message();

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Compares the points with the bounds. */
	class Validator implements ConstraintValidator<PointsRange, Points> {

		private BigDecimal min;

		private BigDecimal max;

		@Override
		public void initialize(PointsRange range) {
			this.min = new BigDecimal(range.min());
			this.max = new BigDecimal(range.max());
		}

		@Override
		public boolean isValid(Points points, ConstraintValidatorContext context) {
			return points == null || (points.value().compareTo(this.min) >= 0 && !points.exceeds(this.max));
		}

	}

}
