package vn.thidua.unit;

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
 * A unit of emulation of any level (đơn vị): a district-level unit until the reform of
 * 1/7/2025, a commune-level one, or a provincial agency for blocks. Valid-from/valid-to
 * keep earlier years under the unit that existed then; its lineage (the units it was
 * formed from) is kept beside it.
 */
@Entity
@Table(name = "units")
public class Unit extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "province_id")
	private Province province;

	@Column(nullable = false, length = 12)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitLevel level;

	/** The unit it lay within (a commune in its district before the reform). */
	@Column(name = "parent_id")
	private Long parentId;

	private LocalDate validFrom;

	private LocalDate validTo;

	protected Unit() {
	}

	/** A new unit of a province. */
	Unit(Province province, String code, String name, UnitType type, LocalDate validFrom) {
		this.province = province;
		this.code = code;
		this.name = name;
		this.type = type;
		this.level = type.level();
		this.validFrom = validFrom;
	}

	/** A unit of a province from the official catalogue, within its parent if any. */
	Unit(Province province, String code, String name, UnitType type, LocalDate validFrom, LocalDate validTo,
			Long parentId) {
		this(province, code, name, type, validFrom);
		this.validTo = validTo;
		this.parentId = parentId;
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

	public UnitType getType() {
		return this.type;
	}

	public UnitLevel getLevel() {
		return this.level;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	public LocalDate getValidTo() {
		return this.validTo;
	}

	/** Whether the unit existed on the given day. */
	public boolean validOn(LocalDate day) {
		return (this.validFrom == null || !this.validFrom.isAfter(day))
				&& (this.validTo == null || !this.validTo.isBefore(day));
	}

	/**
	 * Whether the unit existed during the given year (at any day of it).
	 */
	public boolean existedIn(int year) {
		return (this.validFrom == null || this.validFrom.getYear() <= year)
				&& (this.validTo == null || this.validTo.getYear() >= year);
	}

}
