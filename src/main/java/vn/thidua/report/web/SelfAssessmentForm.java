package vn.thidua.report.web;

import vn.thidua.report.ReportSheet;
import vn.thidua.shared.Points;

/**
 * A district's own points and notes on a report, keyed by criterion id.
 */
public class SelfAssessmentForm extends PointsForm {

	public static SelfAssessmentForm from(ReportSheet sheet, long districtId) {
		SelfAssessmentForm form = new SelfAssessmentForm();
		form.setVersion(sheet.report().getVersion());
		sheet.scores().values().stream().filter((s) -> s.getDistrictId() == districtId).forEach((score) -> {
			form.getPoints().put(Long.toString(score.getCriterionId()), Points.of(score.getSelfPoints()));
			form.getNotes().put(Long.toString(score.getCriterionId()), score.getSelfNote());
		});
		return form;
	}

}
