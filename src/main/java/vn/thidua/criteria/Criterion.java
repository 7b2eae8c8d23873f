package vn.thidua.criteria;

import java.math.BigDecimal;

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
 * A criterion ("6.1") or, without a parent, a group of criteria ("6"); scores are given
 * on the criteria, a group's maximum is the sum of its criteria's.
 */
@Entity
@Table(name = "criteria")
public class Criterion extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "criteria_set_id")
	private CriteriaSet criteriaSet;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Criterion parent;

	@Column(nullable = false, length = 10)
	private String code;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private Field field;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(nullable = false, precision = 5, scale = 2)
	private BigDecimal maxPoints;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private CriterionKind kind;

	private int sortOrder;

	protected Criterion() {
	}

	/**
	 * The id of the group this criterion belongs to, {@code null} for a group. Reads the
	 * foreign key without loading the parent.
	 */
	public Long getParentId() {
		return (this.parent != null) ? this.parent.getId() : null;
	}

	public String getCode() {
		return this.code;
	}

	public Field getField() {
		return this.field;
	}

	public String getTitle() {
		return this.title;
	}

	public BigDecimal getMaxPoints() {
		return this.maxPoints;
	}

	public CriterionKind getKind() {
		return this.kind;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

}
