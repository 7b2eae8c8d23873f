package vn.thidua.report;

import java.util.HashMap;
import java.util.Map;

/**
 * A form of points inputs with their notes, as typed (text, so that wrong input comes
 * back as it was), and the version of the report the page showed.
 */
public abstract class PointsForm {

	private int version;

	private Map<String, String> points = new HashMap<>();

	private Map<String, String> notes = new HashMap<>();

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
