package vn.thidua.report;

import java.util.HashMap;
import java.util.Map;

/**
 * A district's own points and notes on a report, keyed by criterion id.
 */
public class SelfAssessmentForm {

	private int version;

	private Map<String, String> points = new HashMap<>();

	private Map<String, String> notes = new HashMap<>();

	static SelfAssessmentForm from(ReportSheet sheet, long districtId) {
		SelfAssessmentForm form = new SelfAssessmentForm();
		form.version = sheet.report().getVersion();
		sheet.scores().values().stream().filter((s) -> s.getDistrictId() == districtId).forEach((score) -> {
			form.points.put(Long.toString(score.getCriterionId()), PointsText.of(score.getSelfPoints()));
			form.notes.put(Long.toString(score.getCriterionId()), score.getSelfNote());
		});
		return form;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public Map<String, String> getPoints() {
		return this.points;
	}

	public void setPoints(Map<String, String> points) {
		this.points = points;
	}

	public Map<String, String> getNotes() {
		return this.notes;
	}

	public void setNotes(Map<String, String> notes) {
		this.notes = notes;
	}

}
