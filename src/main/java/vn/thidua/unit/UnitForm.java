package vn.thidua.unit;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new unit of any level, or the date an existing one ceases.
 */
public class UnitForm {

	// its form depends on the level of the type chosen (UnitAdminService)
	@NotBlank(message = "{unit.code.invalid}")
	@Size(max = 14, message = "{unit.code.invalid}")
	private String code;

	@NotBlank(message = "{unit.name.required}")
	@Size(max = 100, message = "{unit.name.required}")
	private String name;

	@NotNull(message = "{unit.type.required}")
	private UnitType type;

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

	public UnitType getType() {
		return this.type;
	}

	public void setType(UnitType type) {
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
