package vn.thidua.account.web;

/**
 * The change-password form: the current password, the new one twice.
 */
public class PasswordChangeForm {

	private String current;

	private String password;

	private String confirmation;

	public String getCurrent() {
		return this.current;
	}

	public void setCurrent(String current) {
		this.current = current;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return this.confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}

}
