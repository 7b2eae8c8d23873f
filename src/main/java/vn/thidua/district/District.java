package vn.thidua.district;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.thidua.shared.BaseEntity;

/**
 * A district-level unit; valid-from/valid-to keep earlier years consistent when units
 * change.
 */
@Entity
@Table(name = "districts")
public class District extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "province_id")
	private Province province;

	@Column(nullable = false, length = 3)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DistrictType type;

	private LocalDate validFrom;

	private LocalDate validTo;

	protected District() {
	}

	/** A new unit of a province. */
	District(Province province, String code, String name, DistrictType type, LocalDate validFrom) {
		this.province = province;
		this.code = code;
		this.name = name;
		this.type = type;
		this.validFrom = validFrom;
	}

	/** The unit ceases after {@code validTo} (merged, split or changed type). */
	void retire(LocalDate validTo) {
		this.validTo = validTo;
	}

	public Province getProvince() {
		return this.province;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public DistrictType getType() {
		return this.type;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	/**
	 * Whether the unit existed during the given year (at any day of it).
	 */
	public boolean existedIn(int year) {
		return (this.validFrom == null || this.validFrom.getYear() <= year)
				&& (this.validTo == null || this.validTo.getYear() >= year);
	}

}
