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

	static CriterionForm of(Criterion criterion) {
		CriterionForm form = new CriterionForm();
		form.code = criterion.getCode();
		form.title = criterion.getTitle();
		form.field = criterion.getField();
		form.kind = criterion.getKind();
		form.maxPoints = Points.of(criterion.getMaxPoints());
		return form;
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
