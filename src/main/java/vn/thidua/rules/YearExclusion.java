package vn.thidua.rules;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.unit.Unit;
import vn.thidua.shared.BaseEntity;

/**
 * A unit not ranked in a year ("không xét" or "chưa xét"), with the department's note.
 */
@Entity
@Table(name = "year_exclusions")
public class YearExclusion extends BaseEntity {

	@Column(name = "province_id", nullable = false, updatable = false)
	private long provinceId;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false, updatable = false)
	private int year;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id", updatable = false)
	private Unit unit;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ExclusionKind kind;

	@Column(nullable = false, length = 1000)
	private String note;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	protected YearExclusion() {
	}

	public YearExclusion(long provinceId, int year, Unit unit, ExclusionKind kind, String note, Instant now) {
		this.provinceId = provinceId;
		this.year = year;
		this.unit = unit;
		this.kind = kind;
		this.note = note;
		this.createdAt = now;
	}

	public long getProvinceId() {
		return this.provinceId;
	}

	public int getYear() {
		return this.year;
	}

	public Unit getUnit() {
		return this.unit;
	}

	public ExclusionKind getKind() {
		return this.kind;
	}

	public String getNote() {
		return this.note;
	}

}
