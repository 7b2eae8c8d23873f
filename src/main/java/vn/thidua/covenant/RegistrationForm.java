package vn.thidua.covenant;

/** A member's registration: the title it aims for and its targets for the year. */
public class RegistrationForm {

	private String title;

	private String targets;

	private int version;

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getTargets() {
		return this.targets;
	}

	public void setTargets(String targets) {
		this.targets = targets;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
