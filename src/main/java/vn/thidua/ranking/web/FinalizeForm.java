package vn.thidua.ranking.web;

import java.util.HashMap;
import java.util.Map;

import vn.thidua.ranking.Award;
import vn.thidua.ranking.ClusterRanking;
import vn.thidua.ranking.RankedDistrict;
import vn.thidua.ranking.RankingView;

/**
 * The director's finalization: per district (by id) the award to propose, and the reason
 * where it differs from the default rule.
 */
public class FinalizeForm {

	private Map<String, Award> awards = new HashMap<>();

	/**
	 * The form as the page first shows it: every district's award is the proposal of the
	 * default rule, no reasons yet. The page binds each select to its entry, so a refused
	 * finalization shows the director's choices again, not the defaults.
	 */
	static FinalizeForm from(RankingView view) {
		FinalizeForm form = new FinalizeForm();
		for (ClusterRanking cluster : view.clusters()) {
			for (RankedDistrict row : cluster.rows()) {
				form.awards.put(Long.toString(row.districtId()), row.award());
			}
		}
		return form;
	}

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
