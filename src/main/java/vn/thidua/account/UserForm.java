package vn.thidua.account;

/**
 * An account as an administrator creates or edits it; the password only when creating.
 */
public class UserForm {

	private String username;

	private String fullName;

	private String email;

	private Role role;

	private Long districtId;

	private boolean enabled = true;

	private String password;

	static UserForm of(AppUser user) {
		UserForm form = new UserForm();
		form.username = user.getUsername();
		form.fullName = user.getFullName();
		form.email = user.getEmail();
		form.role = user.getRole();
		form.districtId = (user.getDistrict() != null) ? user.getDistrict().getId() : null;
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

	public Long getDistrictId() {
		return this.districtId;
	}

	public void setDistrictId(Long districtId) {
		this.districtId = districtId;
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
