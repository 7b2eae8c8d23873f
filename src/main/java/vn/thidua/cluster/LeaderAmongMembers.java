package vn.thidua.cluster;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A cluster has at least {@value #MIN_MEMBERS} members, a leader among them and, if any,
 * a deputy among them who is not the leader.
 */
@Documented
@Constraint(validatedBy = LeaderAmongMembers.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface LeaderAmongMembers {

	int MIN_MEMBERS = 2;

	String message() default "{cluster.leader.required}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks leader, deputy and member count. */
	class Validator implements ConstraintValidator<LeaderAmongMembers, ClusterForm> {

		@Override
		public boolean isValid(ClusterForm form, ConstraintValidatorContext context) {
			context.disableDefaultConstraintViolation();
			boolean valid = true;
			long members = form.getMemberIds().stream().filter(Objects::nonNull).distinct().count();
			if (members < MIN_MEMBERS) {
				context.buildConstraintViolationWithTemplate("{cluster.member.tooFew}")
					.addPropertyNode("memberIds")
					.addConstraintViolation();
				valid = false;
			}
			if (form.getLeaderId() == null || !form.getMemberIds().contains(form.getLeaderId())) {
				context.buildConstraintViolationWithTemplate("{cluster.leader.required}")
					.addPropertyNode("leaderId")
					.addConstraintViolation();
				valid = false;
			}
			if (form.getDeputyId() != null && !form.getMemberIds().contains(form.getDeputyId())) {
				context.buildConstraintViolationWithTemplate("{cluster.deputy.notMember}")
					.addPropertyNode("deputyId")
					.addConstraintViolation();
				valid = false;
			}
			else if (form.getDeputyId() != null && form.getDeputyId().equals(form.getLeaderId())) {
				context.buildConstraintViolationWithTemplate("{cluster.deputy.isLeader}")
					.addPropertyNode("deputyId")
					.addConstraintViolation();
				valid = false;
			}
			return valid;
		}

	}

}
