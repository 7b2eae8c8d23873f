package vn.thidua.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A review action with a text: return (comment) or reopen (reason); the report's version
 * guards against acting on a stale page.
 */
public class ReasonForm {

	private int version;

	@NotBlank(message = "{report.required}")
	@Size(max = 1000)
	private String text;

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
