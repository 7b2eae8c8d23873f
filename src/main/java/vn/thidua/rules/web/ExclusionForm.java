package vn.thidua.rules.web;

import vn.thidua.rules.ExclusionKind;

/**
 * A unit to leave out of a year's rankings, with the reason.
 */
public class ExclusionForm {

	private Long districtId;

	private ExclusionKind kind;

	private String note;

	public Long getDistrictId() {
		return this.districtId;
	}

	public void setDistrictId(Long districtId) {
		this.districtId = districtId;
	}

	public ExclusionKind getKind() {
		return this.kind;
	}

	public void setKind(ExclusionKind kind) {
		this.kind = kind;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
