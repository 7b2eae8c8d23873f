package vn.thidua.shared;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as the rest of the application sees it: its role, its province (the
 * scope of every query) and, for leaders and unit officers, its unit. Kept in the
 * session, so it holds ids and names, never entities. It lives here, not in the account
 * module, because every module needs it (the account module builds it at login).
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

	private final Long unitId;

	private final String unitName;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	private final int securityVersion;

	/**
	 * The signed-in user as the account module builds it at login.
	 */
	public CurrentUser(long id, String username, String passwordHash, String fullName, Role role, long provinceId,
			String provinceName, Long unitId, String unitName, boolean enabled, boolean locked,
			boolean mustChangePassword, int securityVersion) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.role = role;
		this.provinceId = provinceId;
		this.provinceName = provinceName;
		this.unitId = unitId;
		this.unitName = unitName;
		this.enabled = enabled;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
		this.securityVersion = securityVersion;
	}

	/**
	 * This user after choosing its own password (which changed the account's security
	 * version: this session stays, the others end).
	 */
	public CurrentUser withOwnPassword(String passwordHash, int securityVersion) {
		return new CurrentUser(this.id, this.username, passwordHash, this.fullName, this.role, this.provinceId,
				this.provinceName, this.unitId, this.unitName, this.enabled, this.locked, false, securityVersion);
	}

	/**
	 * The account's security version when this session was opened; a session whose
	 * account has moved on is logged out.
	 */
	public int securityVersion() {
		return this.securityVersion;
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
	 * The unit a leader or unit officer acts for; {@code null} for department roles.
	 */
	public Long unitId() {
		return this.unitId;
	}

	public String unitName() {
		return this.unitName;
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
