package vn.thidua.unit;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import vn.thidua.shared.BaseEntity;

/**
 * A province (tỉnh) over time: 63 became 34 on 1/7/2025, a merged one is a new province
 * whose predecessors ended the day before (its department reads their history). Every
 * department user belongs to one and never sees another's data.
 */
@Entity
@Table(name = "provinces")
public class Province extends BaseEntity {

	@Column(nullable = false, length = 2)
	private String code;

	@Column(nullable = false)
	private String name;

	private LocalDate validFrom;

	private LocalDate validTo;

	protected Province() {
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	/** Whether the province existed during the given year (at any day of it). */
	public boolean existedIn(int year) {
		return (this.validFrom == null || this.validFrom.getYear() <= year)
				&& (this.validTo == null || this.validTo.getYear() >= year);
	}

}
