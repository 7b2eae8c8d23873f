package vn.thidua.unit;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The department of a period as the admin page edits it: its names, the body above it,
 * the place of its documents, its head's title and the sector of its clusters; the first
 * day for a new period.
 */
public class DepartmentForm {

	private LocalDate validFrom;

	@NotBlank(message = "{department.name.required}")
	@Size(max = 200, message = "{department.tooLong}")
	private String name;

	@NotBlank(message = "{department.shortName.required}")
	@Size(max = 60, message = "{department.tooLong}")
	private String shortName;

	@NotBlank(message = "{department.symbol.required}")
	@Size(max = 20, message = "{department.tooLong}")
	private String symbol;

	@NotBlank(message = "{department.governingBody.required}")
	@Size(max = 200, message = "{department.tooLong}")
	private String governingBody;

	@NotBlank(message = "{department.governingBodyShort.required}")
	@Size(max = 100, message = "{department.tooLong}")
	private String governingBodyShort;

	@NotBlank(message = "{department.place.required}")
	@Size(max = 100, message = "{department.tooLong}")
	private String place;

	@NotBlank(message = "{department.headTitle.required}")
	@Size(max = 100, message = "{department.tooLong}")
	private String headTitle;

	@NotBlank(message = "{department.sector.required}")
	@Size(max = 200, message = "{department.tooLong}")
	private String sector;

	private Integer version;

	/** A form holding a period's values (the day is left for a new period to choose). */
	public static DepartmentForm of(Department department) {
		DepartmentForm form = new DepartmentForm();
		form.name = department.name();
		form.shortName = department.shortName();
		form.symbol = department.symbol();
		form.governingBody = department.governingBody();
		form.governingBodyShort = department.governingBodyShort();
		form.place = department.place();
		form.headTitle = department.headTitle();
		form.sector = department.sector();
		form.version = department.version();
		return form;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return this.shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public String getSymbol() {
		return this.symbol;
	}

	public void setSymbol(String symbol) {
		this.symbol = symbol;
	}

	public String getGoverningBody() {
		return this.governingBody;
	}

	public void setGoverningBody(String governingBody) {
		this.governingBody = governingBody;
	}

	public String getGoverningBodyShort() {
		return this.governingBodyShort;
	}

	public void setGoverningBodyShort(String governingBodyShort) {
		this.governingBodyShort = governingBodyShort;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getHeadTitle() {
		return this.headTitle;
	}

	public void setHeadTitle(String headTitle) {
		this.headTitle = headTitle;
	}

	public String getSector() {
		return this.sector;
	}

	public void setSector(String sector) {
		this.sector = sector;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
