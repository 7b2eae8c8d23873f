package vn.thidua.criteria.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.CriterionKind;
import vn.thidua.criteria.Field;
import vn.thidua.shared.Points;
import vn.thidua.shared.validation.PointsRange;

/**
 * A group or criterion as the administrator edits it; points as typed (decimal comma or
 * point).
 */
public class CriterionForm {

	@NotNull(message = "{criteria.code.invalid}")
	@Pattern(regexp = "\\s*[0-9]{1,3}(\\.[0-9]{1,3}){0,2}\\s*", message = "{criteria.code.invalid}")
	private String code;

	@NotBlank(message = "{criteria.title.required}")
	@Size(max = 300, message = "{criteria.title.required}")
	private String title;

	private Field field;

	private CriterionKind kind;

	@NotNull(message = "{criteria.maxPoints.invalid}")
	@PointsRange(min = "0.01", max = "100", message = "{criteria.maxPoints.invalid}")
	private Points maxPoints;

	/**
	 * Whether the criterion is measured (a value against a target) rather than typed
	 * points.
	 */
	private boolean measured;

	private vn.thidua.criteria.Measure.Unit measureUnit;

	private String measureTarget;

	private vn.thidua.criteria.Measure.Direction measureDirection;

	private vn.thidua.criteria.Measure.Formula measureFormula;

	private String measureSteps;

	static CriterionForm of(Criterion criterion) {
		CriterionForm form = new CriterionForm();
		if (criterion.isMeasured()) {
			vn.thidua.criteria.Measure measure = criterion.getMeasure();
			form.measured = true;
			form.measureUnit = measure.getUnit();
			form.measureTarget = measure.getTarget().stripTrailingZeros().toPlainString().replace('.', ',');
			form.measureDirection = measure.getDirection();
			form.measureFormula = measure.getFormula();
			form.measureSteps = measure.getSteps();
		}
		form.code = criterion.getCode();
		form.title = criterion.getTitle();
		form.field = criterion.getField();
		form.kind = criterion.getKind();
		form.maxPoints = Points.of(criterion.getMaxPoints());
		return form;
	}

	public boolean isMeasured() {
		return this.measured;
	}

	public void setMeasured(boolean measured) {
		this.measured = measured;
	}

	public vn.thidua.criteria.Measure.Unit getMeasureUnit() {
		return this.measureUnit;
	}

	public void setMeasureUnit(vn.thidua.criteria.Measure.Unit measureUnit) {
		this.measureUnit = measureUnit;
	}

	public String getMeasureTarget() {
		return this.measureTarget;
	}

	public void setMeasureTarget(String measureTarget) {
		this.measureTarget = measureTarget;
	}

	public vn.thidua.criteria.Measure.Direction getMeasureDirection() {
		return this.measureDirection;
	}

	public void setMeasureDirection(vn.thidua.criteria.Measure.Direction measureDirection) {
		this.measureDirection = measureDirection;
	}

	public vn.thidua.criteria.Measure.Formula getMeasureFormula() {
		return this.measureFormula;
	}

	public void setMeasureFormula(vn.thidua.criteria.Measure.Formula measureFormula) {
		this.measureFormula = measureFormula;
	}

	public String getMeasureSteps() {
		return this.measureSteps;
	}

	public void setMeasureSteps(String measureSteps) {
		this.measureSteps = measureSteps;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Field getField() {
		return this.field;
	}

	public void setField(Field field) {
		this.field = field;
	}

	public CriterionKind getKind() {
		return this.kind;
	}

	public void setKind(CriterionKind kind) {
		this.kind = kind;
	}

	public Points getMaxPoints() {
		return this.maxPoints;
	}

	public void setMaxPoints(Points maxPoints) {
		this.maxPoints = maxPoints;
	}

}
