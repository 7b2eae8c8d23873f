package vn.thidua.report.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.thidua.report.QuarterlyReport;
import vn.thidua.report.ReportSheet;
import vn.thidua.shared.Points;

/**
 * The leader's editor: narrative and one points input (plus note) per unit and criterion,
 * keyed by {@link ReportSheet#key(long, long)}. Points stay text so that wrong input
 * comes back as typed.
 */
public class ReportForm extends PointsForm {

	/** The checks of a submission, beyond those of a draft. */
	public interface Submission {

	}

	@NotBlank(groups = Submission.class, message = "{report.required}")
	@Size(max = 10000)
	private String results;

	@Size(max = 10000)
	private String difficulties;

	@Size(max = 10000)
	private String proposals;

	@NotBlank(groups = Submission.class, message = "{report.required}")
	@Size(max = 10000)
	private String nextFocus;

	public static ReportForm from(ReportSheet sheet) {
		ReportForm form = new ReportForm();
		QuarterlyReport report = sheet.report();
		form.setVersion(report.getVersion());
		form.results = report.getResults();
		form.difficulties = report.getDifficulties();
		form.proposals = report.getProposals();
		form.nextFocus = report.getNextFocus();
		sheet.scores().forEach((key, score) -> {
			form.getPoints().put(key, Points.of(score.getProposedLeaderPoints()));
			form.getNotes().put(key, score.getLeaderNote());
		});
		return form;
	}

	/**
	 * The saved points and notes of the rows a page did not send (units whose tab was
	 * never opened), so that a page shown again holds every row.
	 */
	public void keepUnsent(ReportSheet sheet) {
		sheet.scores().forEach((key, score) -> {
			if (!getPoints().containsKey(key) && !getNotes().containsKey(key)) {
				getPoints().put(key, Points.of(score.getProposedLeaderPoints()));
				getNotes().put(key, score.getLeaderNote());
			}
		});
	}

	public String getResults() {
		return this.results;
	}

	public void setResults(String results) {
		this.results = results;
	}

	public String getDifficulties() {
		return this.difficulties;
	}

	public void setDifficulties(String difficulties) {
		this.difficulties = difficulties;
	}

	public String getProposals() {
		return this.proposals;
	}

	public void setProposals(String proposals) {
		this.proposals = proposals;
	}

	public String getNextFocus() {
		return this.nextFocus;
	}

	public void setNextFocus(String nextFocus) {
		this.nextFocus = nextFocus;
	}

}
