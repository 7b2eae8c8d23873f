package vn.thidua.report;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

/**
 * The leader's editor: narrative and one points input (plus note) per district and
 * criterion, keyed by {@link ReportSheet#key(long, long)}. Points stay text so that wrong
 * input comes back as typed.
 */
public class ReportForm {

	private int version;

	@Size(max = 10000)
	private String results;

	@Size(max = 10000)
	private String difficulties;

	@Size(max = 10000)
	private String proposals;

	@Size(max = 10000)
	private String nextFocus;

	private Map<String, String> points = new HashMap<>();

	private Map<String, String> notes = new HashMap<>();

	static ReportForm from(ReportSheet sheet) {
		ReportForm form = new ReportForm();
		QuarterlyReport report = sheet.report();
		form.version = report.getVersion();
		form.results = report.getResults();
		form.difficulties = report.getDifficulties();
		form.proposals = report.getProposals();
		form.nextFocus = report.getNextFocus();
		sheet.scores().forEach((key, score) -> {
			form.points.put(key, PointsText.of(score.getProposedLeaderPoints()));
			form.notes.put(key, score.getLeaderNote());
		});
		return form;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
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
