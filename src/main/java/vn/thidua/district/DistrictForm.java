package vn.thidua.district;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new district-level unit, or the date an existing one ceases.
 */
public class DistrictForm {

	private String code;

	private String name;

	private DistrictType type;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public DistrictType getType() {
		return this.type;
	}

	public void setType(DistrictType type) {
		this.type = type;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}

}
