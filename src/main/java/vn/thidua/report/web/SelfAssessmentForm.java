package vn.thidua.report.web;

import vn.thidua.report.ReportSheet;
import vn.thidua.shared.Points;

/**
 * A unit's own points and notes on a report, keyed by criterion id.
 */
public class SelfAssessmentForm extends PointsForm {

	/**
	 * The measured values of measured criteria, as typed ("85", "12,5"; empty: no
	 * figure).
	 */
	private java.util.Map<String, String> values = new java.util.HashMap<>();

	public java.util.Map<String, String> getValues() {
		return this.values;
	}

	public void setValues(java.util.Map<String, String> values) {
		this.values = values;
	}

	public static SelfAssessmentForm from(ReportSheet sheet, long unitId) {
		SelfAssessmentForm form = new SelfAssessmentForm();
		form.setVersion(sheet.report().getVersion());
		sheet.scores().values().stream().filter((s) -> s.getUnitId() == unitId).forEach((score) -> {
			form.getPoints().put(Long.toString(score.getCriterionId()), Points.of(score.getSelfPoints()));
			form.getNotes().put(Long.toString(score.getCriterionId()), score.getSelfNote());
			if (score.getMeasuredValue() != null) {
				form.values.put(Long.toString(score.getCriterionId()), Points.format(score.getMeasuredValue(),
						org.springframework.context.i18n.LocaleContextHolder.getLocale()));
			}
		});
		return form;
	}

}
