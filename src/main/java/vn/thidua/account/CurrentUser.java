package vn.thidua.account;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as the rest of the application sees it: its role, its province (the
 * scope of every query) and, for leaders and district officers, its district. Kept in the
 * session, so it holds ids and names, never entities.
 */
public final class CurrentUser implements UserDetails, Serializable {

	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String passwordHash;

	private final String fullName;

	private final Role role;

	private final long provinceId;

	private final String provinceName;

	private final Long districtId;

	private final String districtName;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	CurrentUser(AppUser user, Instant now) {
		this(user, user.isLocked(now), user.isMustChangePassword());
	}

	private CurrentUser(AppUser user, boolean locked, boolean mustChangePassword) {
		this.id = user.getId();
		this.username = user.getUsername();
		this.passwordHash = user.getPasswordHash();
		this.fullName = user.getFullName();
		this.role = user.getRole();
		this.provinceId = user.getProvince().getId();
		this.provinceName = user.getProvince().getName();
		this.districtId = (user.getDistrict() != null) ? user.getDistrict().getId() : null;
		this.districtName = (user.getDistrict() != null) ? user.getDistrict().getName() : null;
		this.enabled = user.isEnabled();
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
	}

	private CurrentUser(CurrentUser user, String passwordHash, boolean mustChangePassword) {
		this.id = user.id;
		this.username = user.username;
		this.passwordHash = passwordHash;
		this.fullName = user.fullName;
		this.role = user.role;
		this.provinceId = user.provinceId;
		this.provinceName = user.provinceName;
		this.districtId = user.districtId;
		this.districtName = user.districtName;
		this.enabled = user.enabled;
		this.locked = user.locked;
		this.mustChangePassword = mustChangePassword;
	}

	/**
	 * This user after choosing its own password.
	 */
	CurrentUser withOwnPassword(String passwordHash) {
		return new CurrentUser(this, passwordHash, false);
	}

	/**
	 * Whether an administrator set the password: every page leads to the change-password
	 * page until the user chooses its own.
	 */
	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	public long id() {
		return this.id;
	}

	public String fullName() {
		return this.fullName;
	}

	public Role role() {
		return this.role;
	}

	public long provinceId() {
		return this.provinceId;
	}

	public String provinceName() {
		return this.provinceName;
	}

	/**
	 * The district a leader or district officer acts for; {@code null} for department
	 * roles.
	 */
	public Long districtId() {
		return this.districtId;
	}

	public String districtName() {
		return this.districtName;
	}

	public boolean hasRole(Role role) {
		return this.role == role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

}
