package vn.thidua.account.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.account.AccountSessions;
import vn.thidua.account.AppUser;
import vn.thidua.account.AppUserRepository;
import vn.thidua.account.PasswordPolicy;
import vn.thidua.account.login.LoginAttempts;
import vn.thidua.audit.AuditService;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitService;
import vn.thidua.unit.Province;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.VietnameseCollation;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Role;

/**
 * The administrator's management of the accounts of its province: create (with a
 * temporary password), edit role and unit, disable, reset the password. Every change is
 * audited; input is checked in one pass and nothing is saved when any of it is wrong.
 */
@Service
@Transactional(readOnly = true)
public class UserAdminService {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final AppUserRepository users;

	private final UnitService units;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final Clock clock;

	private final MessageSource messages;

	private final AccountSessions sessions;

	UserAdminService(AppUserRepository users, UnitService units, PasswordEncoder encoder, PasswordPolicy policy,
			AuditService audit, EntityManager entityManager, Clock clock, MessageSource messages,
			AccountSessions sessions) {
		this.sessions = sessions;
		this.messages = messages;
		this.users = users;
		this.units = units;
		this.encoder = encoder;
		this.policy = policy;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The province's accounts in the order of the department: the roles from the top
	 * (administrator, director, staff, cluster leaders, unit officers), then by unit and
	 * name as a Vietnamese reader sorts them.
	 */
	public List<AppUser> list(CurrentUser admin) {
		return this.users.findOfProvince(admin.provinceId())
			.stream()
			.sorted(java.util.Comparator.comparing((AppUser u) -> u.getRole().ordinal())
				.thenComparing(VietnameseCollation
					.comparing((AppUser u) -> (u.getUnit() != null) ? u.getUnit().getName() : ""))
				.thenComparing(VietnameseCollation.comparing(AppUser::getFullName))
				.thenComparing(AppUser::getUsername))
			.toList();
	}

	public AppUser get(CurrentUser admin, long id) {
		return this.users.findById(id)
			.filter((u) -> u.getProvince().getId() == admin.provinceId())
			.orElseThrow(() -> NotFoundException.of("User", id));
	}

	/** The units a leader or unit officer may act for. */
	public List<Unit> units(CurrentUser admin) {
		return this.units.forAccounts(admin.provinceId(), LocalDate.now(this.clock).getYear());
	}

	@Transactional
	public AppUser create(CurrentUser admin, UserForm form, Errors errors) {
		String username = AppUser.normalizeUsername(form.getUsername());
		if (!errors.hasFieldErrors("username") && this.users.findForLogin(username).isPresent()) {
			errors.rejectValue("username", "user.username.taken");
		}
		Unit unit = checkDetails(admin, form, errors);
		this.policy.check(username, form.getPassword(), "password", errors);
		if (errors.hasErrors()) {
			return null;
		}
		AppUser user = new AppUser(username, this.encoder.encode(form.getPassword()), form.getFullName().strip(),
				blankToNull(form.getEmail()), form.getRole(),
				this.entityManager.getReference(Province.class, admin.provinceId()), unit, this.clock.instant());
		this.users.save(user);
		this.audit.record(admin, "USER_CREATED", LoginAttempts.ENTITY, user.getId(),
				this.audit.words("trail.user.created", username, roleName(form.getRole())));
		return user;
	}

	@Transactional
	public boolean update(CurrentUser admin, long id, UserForm form, Errors errors) {
		AppUser user = get(admin, id);
		form.setUsername(user.getUsername());
		Unit unit = checkDetails(admin, form, errors);
		if (user.getId() == admin.id() && (!form.isEnabled() || form.getRole() != Role.ADMIN)) {
			errors.reject("user.self");
		}
		if (errors.hasErrors()) {
			return false;
		}
		List<String> changes = new ArrayList<>();
		if (!Objects.equals(user.getFullName(), form.getFullName().strip())) {
			changes.add(this.audit.words("trail.user.change.name"));
		}
		if (user.getRole() != form.getRole()) {
			changes.add(this.audit.words("trail.user.change.role", roleName(user.getRole()), roleName(form.getRole())));
		}
		Long before = (user.getUnit() != null) ? user.getUnit().getId() : null;
		if (!Objects.equals(before, form.getUnitId())) {
			changes.add(this.audit.words("trail.user.change.unit"));
		}
		if (user.isEnabled() != form.isEnabled()) {
			changes
				.add(this.audit.words(form.isEnabled() ? "trail.user.change.enabled" : "trail.user.change.disabled"));
		}
		if (!Objects.equals(user.getEmail(), blankToNull(form.getEmail()))) {
			changes.add(this.audit.words("trail.user.change.email"));
		}
		boolean scope = user.update(form.getFullName().strip(), blankToNull(form.getEmail()), form.getRole(), unit,
				form.isEnabled());
		if (scope) {
			// what the account may do changed: its open sessions end now
			changes
				.add(this.audit.words("trail.user.change.sessionsEnded", this.sessions.end(user.getUsername(), null)));
		}
		this.audit.record(admin, "USER_UPDATED", LoginAttempts.ENTITY, user.getId(),
				changes.isEmpty() ? this.audit.words("trail.user.unchanged", user.getUsername())
						: this.audit.words("trail.user.updated", user.getUsername(), String.join(", ", changes)));
		return true;
	}

	/**
	 * A temporary password: the user must choose its own at next login; a lockout ends.
	 */
	@Transactional
	public boolean resetPassword(CurrentUser admin, long id, String password, Errors errors) {
		AppUser user = get(admin, id);
		this.policy.check(user.getUsername(), password, "password", errors);
		if (errors.hasErrors()) {
			return false;
		}
		user.setPassword(this.encoder.encode(password), true);
		int ended = this.sessions.end(user.getUsername(), null);
		this.audit.record(admin, "PASSWORD_RESET", LoginAttempts.ENTITY, user.getId(),
				this.audit.words("trail.user.passwordReset", user.getUsername(), ended));
		return true;
	}

	/**
	 * What needs the database: the unit must be one the form offers (the form checks the
	 * rest, {@link UserForm}).
	 */
	private Unit checkDetails(CurrentUser admin, UserForm form, Errors errors) {
		if (form.getRole() == null || errors.hasFieldErrors("unitId")) {
			return null;
		}
		if (form.getRole().isDepartment()) {
			form.setUnitId(null);
			return null;
		}
		// exactly the units the form offers
		Unit found = units(admin).stream().filter((d) -> d.getId().equals(form.getUnitId())).findFirst().orElse(null);
		if (found == null) {
			errors.rejectValue("unitId", "user.unit.required");
		}
		return found;
	}

	/**
	 * The role as the audit log (always in Vietnamese, like the rest of its summaries)
	 * names it.
	 */
	private String roleName(Role role) {
		return this.messages.getMessage("Role." + role.name(), null, role.name(), VIETNAMESE);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
