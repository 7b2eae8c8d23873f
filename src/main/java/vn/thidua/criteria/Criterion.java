package vn.thidua.criteria;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

	/**
	 * How a measured criterion's value becomes points; {@code null} when points are
	 * typed.
	 */
	@Embedded
	private Measure measure;

	protected Criterion() {
	}

	/**
	 * A group ({@code parent} null) or a criterion of a group, which takes its field and
	 * kind.
	 */
	public Criterion(CriteriaSet set, Criterion parent, String code, String title, Field field, CriterionKind kind,
			BigDecimal maxPoints, int sortOrder) {
		this.criteriaSet = set;
		this.parent = parent;
		this.code = code;
		this.title = title;
		this.field = (parent != null) ? parent.field : field;
		this.kind = (parent != null) ? parent.kind : kind;
		this.maxPoints = maxPoints;
		this.sortOrder = sortOrder;
	}

	/** A copy of this row into another set, under the copy of its group. */
	public Criterion copyInto(CriteriaSet set, Criterion parentCopy) {
		Criterion copy = new Criterion(set, parentCopy, this.code, this.title, this.field, this.kind, this.maxPoints,
				this.sortOrder);
		copy.measure = this.measure;
		return copy;
	}

	public void update(String code, String title, Field field, CriterionKind kind, BigDecimal maxPoints) {
		this.code = code;
		this.title = title;
		if (this.parent == null) {
			this.field = field;
			this.kind = kind;
		}
		this.maxPoints = maxPoints;
	}

	/** Makes the criterion measured ({@code measure}) or typed ({@code null}). */
	public void measure(Measure measure) {
		this.measure = measure;
	}

	public Measure getMeasure() {
		return this.measure;
	}

	public boolean isMeasured() {
		return this.measure != null;
	}

	/** A criterion follows its group's field and kind. */
	public void follow(Criterion group) {
		this.field = group.field;
		this.kind = group.kind;
	}

	public CriteriaSet getCriteriaSet() {
		return this.criteriaSet;
	}

	public Criterion getParent() {
		return this.parent;
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
