package vn.thidua.closing;

/** A candidate the leader adds outside the rules' default, with the reason. */
public class CandidateForm {

	private String award;

	private Long unitId;

	private String reason;

	public String getAward() {
		return this.award;
	}

	public void setAward(String award) {
		this.award = award;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
