package vn.thidua.closing;

/** A candidate the leader adds outside the rules' default, with the reason. */
public class CandidateForm {

	private String award;

	private Long districtId;

	private String reason;

	public String getAward() {
		return this.award;
	}

	public void setAward(String award) {
		this.award = award;
	}

	public Long getDistrictId() {
		return this.districtId;
	}

	public void setDistrictId(Long districtId) {
		this.districtId = districtId;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
