package vn.thidua.criteria;

/**
 * A group or criterion as the administrator edits it; points as typed (decimal comma or
 * point).
 */
public class CriterionForm {

	private String code;

	private String title;

	private Field field;

	private CriterionKind kind;

	private String maxPoints;

	static CriterionForm of(Criterion criterion) {
		CriterionForm form = new CriterionForm();
		form.code = criterion.getCode();
		form.title = criterion.getTitle();
		form.field = criterion.getField();
		form.kind = criterion.getKind();
		form.maxPoints = criterion.getMaxPoints().stripTrailingZeros().toPlainString().replace('.', ',');
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

	public String getMaxPoints() {
		return this.maxPoints;
	}

	public void setMaxPoints(String maxPoints) {
		this.maxPoints = maxPoints;
	}

}
