package vn.thidua.district;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new district-level unit, or the date an existing one ceases.
 */
public class DistrictForm {

	@NotNull(message = "{district.code.invalid}")
	@Pattern(regexp = "\\s*[0-9]{3}\\s*", message = "{district.code.invalid}")
	private String code;

	@NotBlank(message = "{district.name.required}")
	@Size(max = 100, message = "{district.name.required}")
	private String name;

	@NotNull(message = "{district.type.required}")
	private DistrictType type;

	private LocalDate validFrom;

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
