package vn.thidua.account;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.district.District;
import vn.thidua.district.DistrictService;
import vn.thidua.district.Province;
import vn.thidua.shared.NotFoundException;

/**
 * The administrator's management of the accounts of its province: create (with a
 * temporary password), edit role and district, disable, reset the password. Every change
 * is audited; input is checked in one pass and nothing is saved when any of it is wrong.
 */
@Service
@Transactional(readOnly = true)
public class UserAdminService {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,50}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final AppUserRepository users;

	private final DistrictService districts;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final Clock clock;

	private final MessageSource messages;

	UserAdminService(AppUserRepository users, DistrictService districts, PasswordEncoder encoder, PasswordPolicy policy,
			AuditService audit, EntityManager entityManager, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.users = users;
		this.districts = districts;
		this.encoder = encoder;
		this.policy = policy;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	public List<AppUser> list(CurrentUser admin) {
		return this.users.findOfProvince(admin.provinceId());
	}

	public AppUser get(CurrentUser admin, long id) {
		return this.users.findById(id)
			.filter((u) -> u.getProvince().getId() == admin.provinceId())
			.orElseThrow(() -> NotFoundException.of("User", id));
	}

	/** The units a leader or district officer may act for. */
	public List<District> districts(CurrentUser admin) {
		return this.districts.ofProvince(admin.provinceId(), LocalDate.now(this.clock).getYear());
	}

	@Transactional
	public AppUser create(CurrentUser admin, UserForm form, Errors errors) {
		String username = AppUser.normalizeUsername(form.getUsername());
		if (!USERNAME.matcher(username).matches()) {
			errors.rejectValue("username", "user.username.invalid");
		}
		else if (this.users.findForLogin(username).isPresent()) {
			errors.rejectValue("username", "user.username.taken");
		}
		District district = checkDetails(admin, form, errors);
		this.policy.check(username, form.getPassword(), "password", errors);
		if (errors.hasErrors()) {
			return null;
		}
		AppUser user = new AppUser(username, this.encoder.encode(form.getPassword()), form.getFullName().strip(),
				blankToNull(form.getEmail()), form.getRole(),
				this.entityManager.getReference(Province.class, admin.provinceId()), district, this.clock.instant());
		this.users.save(user);
		this.audit.record(admin, "USER_CREATED", LoginAttempts.ENTITY, user.getId(),
				"Tạo tài khoản " + username + " (" + roleName(form.getRole()) + ")");
		return user;
	}

	@Transactional
	public boolean update(CurrentUser admin, long id, UserForm form, Errors errors) {
		AppUser user = get(admin, id);
		form.setUsername(user.getUsername());
		District district = checkDetails(admin, form, errors);
		if (user.getId() == admin.id() && (!form.isEnabled() || form.getRole() != Role.ADMIN)) {
			errors.reject("user.self");
		}
		if (errors.hasErrors()) {
			return false;
		}
		List<String> changes = new ArrayList<>();
		if (!Objects.equals(user.getFullName(), form.getFullName().strip())) {
			changes.add("họ tên");
		}
		if (user.getRole() != form.getRole()) {
			changes.add("vai trò " + roleName(user.getRole()) + " → " + roleName(form.getRole()));
		}
		Long before = (user.getDistrict() != null) ? user.getDistrict().getId() : null;
		if (!Objects.equals(before, form.getDistrictId())) {
			changes.add("đơn vị");
		}
		if (user.isEnabled() != form.isEnabled()) {
			changes.add(form.isEnabled() ? "mở lại tài khoản" : "vô hiệu hóa tài khoản");
		}
		if (!Objects.equals(user.getEmail(), blankToNull(form.getEmail()))) {
			changes.add("thư điện tử");
		}
		user.update(form.getFullName().strip(), blankToNull(form.getEmail()), form.getRole(), district,
				form.isEnabled());
		this.audit.record(admin, "USER_UPDATED", LoginAttempts.ENTITY, user.getId(), "Sửa tài khoản "
				+ user.getUsername() + (changes.isEmpty() ? " (không thay đổi)" : ": " + String.join(", ", changes)));
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
		this.audit.record(admin, "PASSWORD_RESET", LoginAttempts.ENTITY, user.getId(),
				"Đặt lại mật khẩu cho " + user.getUsername() + " (phải đổi khi đăng nhập)");
		return true;
	}

	private District checkDetails(CurrentUser admin, UserForm form, Errors errors) {
		if (form.getFullName() == null || form.getFullName().isBlank()) {
			errors.rejectValue("fullName", "user.fullName.required");
		}
		else if (form.getFullName().strip().length() > 100) {
			errors.rejectValue("fullName", "user.fullName.tooLong");
		}
		String email = blankToNull(form.getEmail());
		if (email != null && (email.length() > 150 || !EMAIL.matcher(email).matches())) {
			errors.rejectValue("email", "user.email.invalid");
		}
		if (form.getRole() == null) {
			errors.rejectValue("role", "user.role.required");
			return null;
		}
		if (form.getRole().isDepartment()) {
			form.setDistrictId(null);
			return null;
		}
		if (form.getDistrictId() == null) {
			errors.rejectValue("districtId", "user.district.required");
			return null;
		}
		List<District> found = this.districts.inProvince(admin.provinceId(), List.of(form.getDistrictId()));
		if (found.isEmpty()) {
			errors.rejectValue("districtId", "user.district.required");
			return null;
		}
		return found.get(0);
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
