package vn.thidua.ranking;

import java.util.HashMap;
import java.util.Map;

/**
 * The director's finalization: per district (by id) the award to propose, and the reason
 * where it differs from the default rule.
 */
public class FinalizeForm {

	private Map<String, Award> awards = new HashMap<>();

	private Map<String, String> reasons = new HashMap<>();

	public Map<String, Award> getAwards() {
		return this.awards;
	}

	public void setAwards(Map<String, Award> awards) {
		this.awards = awards;
	}

	public Map<String, String> getReasons() {
		return this.reasons;
	}

	public void setReasons(Map<String, String> reasons) {
		this.reasons = reasons;
	}

}
