package vn.thidua.account;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.unit.Unit;
import vn.thidua.unit.Province;
import vn.thidua.shared.BaseEntity;
import vn.thidua.shared.Role;

/**
 * A person who logs in; belongs to one province's department, and to one unit when it
 * acts for a unit.
 */
@Entity
@Table(name = "app_users")
public class AppUser extends BaseEntity {

	@Column(nullable = false, length = 50)
	private String username;

	@Column(nullable = false, length = 100)
	private String passwordHash;

	@Column(nullable = false, length = 100)
	private String fullName;

	@Column(length = 150)
	private String email;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "province_id")
	private Province province;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "unit_id")
	private Unit unit;

	private boolean enabled;

	private boolean mustChangePassword;

	private int failedLogins;

	private Instant lockedUntil;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private int version;

	/** See V11: changes with every change of what the account may do. */
	@Column(nullable = false)
	private int securityVersion;

	protected AppUser() {
	}

	/**
	 * A new account with a password set by an administrator: the person changes it at
	 * first login.
	 */
	public AppUser(String username, String passwordHash, String fullName, String email, Role role, Province province,
			Unit unit, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.email = email;
		this.role = role;
		this.province = province;
		this.unit = unit;
		this.enabled = true;
		this.mustChangePassword = true;
		this.createdAt = createdAt;
	}

	/**
	 * Changes the account; a change of role, unit or enabled state ends its sessions (the
	 * security version changes). Returns whether it did.
	 */
	public boolean update(String fullName, String email, Role role, Unit unit, boolean enabled) {
		boolean scope = this.role != role || this.enabled != enabled || !java.util.Objects
			.equals((this.unit != null) ? this.unit.getId() : null, (unit != null) ? unit.getId() : null);
		if (scope) {
			this.securityVersion++;
		}
		this.fullName = fullName;
		this.email = email;
		this.role = role;
		this.unit = unit;
		this.enabled = enabled;
		return scope;
	}

	/**
	 * A new password; {@code temporary} when an administrator set it, so that the person
	 * must choose its own at next login. Clears a lockout.
	 */
	public void setPassword(String passwordHash, boolean temporary) {
		this.securityVersion++;
		this.passwordHash = passwordHash;
		this.mustChangePassword = temporary;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/**
	 * Counts a failed login; the {@code limit}-th in a row locks the account until
	 * {@code now + lock}. Returns whether this failure locked it.
	 */
	/**
	 * One more failed login in a row (the account-wide lock is gone: see
	 * {@code LoginGuard}, which slows and locks by address).
	 */
	public void loginFailed() {
		this.failedLogins++;
	}

	public void loginSucceeded() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/**
	 * User names are stored and looked up trimmed and in lower case, without control
	 * characters (a login form is read before any binder cleans it).
	 */
	public static String normalizeUsername(String username) {
		return (username != null) ? vn.thidua.shared.TextHygiene.clean(username).strip().toLowerCase(Locale.ROOT) : "";
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public String getUsername() {
		return this.username;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getEmail() {
		return this.email;
	}

	public Role getRole() {
		return this.role;
	}

	public Province getProvince() {
		return this.province;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public int getFailedLogins() {
		return this.failedLogins;
	}

	public Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public int getSecurityVersion() {
		return this.securityVersion;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
