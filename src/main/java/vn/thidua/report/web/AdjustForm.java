package vn.thidua.report.web;

import vn.thidua.shared.Points;

/**
 * The department's change of one submitted score, with its reason.
 */
public class AdjustForm extends ReasonForm {

	private Long scoreId;

	private Points points;

	public Long getScoreId() {
		return this.scoreId;
	}

	public void setScoreId(Long scoreId) {
		this.scoreId = scoreId;
	}

	public Points getPoints() {
		return this.points;
	}

	public void setPoints(Points points) {
		this.points = points;
	}

}
