package vn.thidua.rules.web;

import vn.thidua.rules.ExclusionKind;

/**
 * A unit to leave out of a year's rankings, with the reason.
 */
public class ExclusionForm {

	private Long unitId;

	private ExclusionKind kind;

	private String note;

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
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
