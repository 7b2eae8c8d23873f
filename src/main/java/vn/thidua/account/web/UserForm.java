package vn.thidua.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.thidua.account.AppUser;
import vn.thidua.shared.Role;

/**
 * An account as an administrator creates or edits it; the password only when creating.
 * What needs no database is checked here; the service checks the rest (a name taken, a
 * unit that is not one of the province's, the password policy).
 */
@LocalRoleHasUnit
public class UserForm {

	@Pattern(regexp = "\\s*[A-Za-z0-9._-]{3,50}\\s*", message = "{user.username.invalid}")
	private String username;

	@NotBlank(message = "{user.fullName.required}")
	@Size(max = 100, message = "{user.fullName.tooLong}")
	private String fullName;

	@Size(max = 150, message = "{user.email.invalid}")
	@Pattern(regexp = "\\s*|\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*", message = "{user.email.invalid}")
	private String email;

	@NotNull(message = "{user.role.required}")
	private Role role;

	private Long unitId;

	private boolean enabled = true;

	private String password;

	static UserForm of(AppUser user) {
		UserForm form = new UserForm();
		form.username = user.getUsername();
		form.fullName = user.getFullName();
		form.email = user.getEmail();
		form.role = user.getRole();
		form.unitId = (user.getUnit() != null) ? user.getUnit().getId() : null;
		form.enabled = user.isEnabled();
		return form;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
