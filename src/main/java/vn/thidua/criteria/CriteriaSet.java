package vn.thidua.criteria;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.unit.Province;
import vn.thidua.shared.BaseEntity;

/**
 * The criteria of one province and year.
 */
@Entity
@Table(name = "criteria_sets")
public class CriteriaSet extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "province_id")
	private Province province;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false)
	private int year;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private CriteriaSetStatus status;

	private Instant publishedAt;

	@Version
	private int version;

	protected CriteriaSet() {
	}

	/** A new draft set. */
	public CriteriaSet(Province province, int year, String name) {
		this.province = province;
		this.year = year;
		this.name = name;
		this.status = CriteriaSetStatus.DRAFT;
	}

	public boolean isPublished() {
		return this.status == CriteriaSetStatus.PUBLISHED;
	}

	public void publish(Instant at) {
		this.status = CriteriaSetStatus.PUBLISHED;
		this.publishedAt = at;
	}

	public long getProvinceId() {
		return this.province.getId();
	}

	public int getYear() {
		return this.year;
	}

	public String getName() {
		return this.name;
	}

	public CriteriaSetStatus getStatus() {
		return this.status;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

}
