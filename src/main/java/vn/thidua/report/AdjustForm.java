package vn.thidua.report;

import jakarta.validation.constraints.Size;

/**
 * The department's change of one submitted score, with its reason.
 */
public class AdjustForm extends ReasonForm {

	private Long scoreId;

	@Size(max = 20)
	private String points;

	public Long getScoreId() {
		return this.scoreId;
	}

	public void setScoreId(Long scoreId) {
		this.scoreId = scoreId;
	}

	public String getPoints() {
		return this.points;
	}

	public void setPoints(String points) {
		this.points = points;
	}

}
