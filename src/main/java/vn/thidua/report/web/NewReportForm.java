package vn.thidua.report.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The year and quarter of a new report; the cluster is the one the leader's unit leads.
 */
public class NewReportForm {

	@NotNull
	@Min(2000)
	@Max(2100)
	private Integer year;

	@NotNull
	@Min(1)
	@Max(4)
	private Integer quarter;

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public Integer getQuarter() {
		return this.quarter;
	}

	public void setQuarter(Integer quarter) {
		this.quarter = quarter;
	}

}
