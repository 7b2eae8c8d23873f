package vn.thidua.ranking.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The reason for reopening a finalized year.
 */
public class ReopenForm {

	@NotBlank(message = "{ranking.reopen.reasonRequired}")
	@Size(max = 1000)
	private String text;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
