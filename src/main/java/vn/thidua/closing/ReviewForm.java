package vn.thidua.closing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The department's review of the clusters' proposals: for each proposal (keyed
 * {@code closing_award_unit}) "true" to accept or "false" to trim, and the council's
 * reason (required to trim); the note explains a finalization while some cluster has not
 * closed its year.
 */
public class ReviewForm {

	private Map<String, String> decisions = new LinkedHashMap<>();

	private Map<String, String> reasons = new LinkedHashMap<>();

	private String note;

	public Map<String, String> getDecisions() {
		return this.decisions;
	}

	public void setDecisions(Map<String, String> decisions) {
		this.decisions = decisions;
	}

	public Map<String, String> getReasons() {
		return this.reasons;
	}

	public void setReasons(Map<String, String> reasons) {
		this.reasons = reasons;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
