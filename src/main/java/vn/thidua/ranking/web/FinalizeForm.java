package vn.thidua.ranking.web;

import java.util.HashMap;
import java.util.Map;

import vn.thidua.ranking.Award;
import vn.thidua.ranking.ClusterRanking;
import vn.thidua.ranking.RankedUnit;
import vn.thidua.ranking.RankingView;

/**
 * The director's finalization: per unit (by id) the award to propose, and the reason
 * where it differs from the default rule.
 */
public class FinalizeForm {

	private Map<String, Award> awards = new HashMap<>();

	/**
	 * The form as the page first shows it: every unit's award is the proposal of the
	 * default rule, no reasons yet. The page binds each select to its entry, so a refused
	 * finalization shows the director's choices again, not the defaults.
	 */
	static FinalizeForm from(RankingView view) {
		FinalizeForm form = new FinalizeForm();
		for (ClusterRanking cluster : view.clusters()) {
			for (RankedUnit row : cluster.rows()) {
				form.awards.put(Long.toString(row.unitId()), row.award());
			}
		}
		return form;
	}

	private Map<String, String> reasons = new HashMap<>();

	/**
	 * The form the department's decided award list makes: each unit's decided award (none
	 * where not awarded), with the decision as the reason wherever it differs from the
	 * rule's proposal. It replaces the director's choices.
	 */
	public static FinalizeForm decided(java.util.List<ClusterRanking> rankings, Map<Long, String> decided) {
		FinalizeForm form = new FinalizeForm();
		for (ClusterRanking cluster : rankings) {
			for (RankedUnit row : cluster.rows()) {
				String key = Long.toString(row.unitId());
				String code = decided.get(row.unitId());
				Award award = (code != null) ? Award.valueOf(code) : Award.NONE;
				form.awards.put(key, award);
				if (award != row.award()) {
					form.reasons.put(key, "Theo quyết định khen thưởng của Sở sau bình xét của cụm");
				}
			}
		}
		return form;
	}

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
