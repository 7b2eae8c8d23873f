package vn.thidua.report.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

import vn.thidua.shared.Points;

/**
 * A form of points inputs with their notes and the version of the report the page showed.
 * Points bind through {@link Points}' formatter: a value that is not points is refused at
 * its field and comes back as typed.
 */
public abstract class PointsForm {

	private int version;

	private Map<String, Points> points = new HashMap<>();

	private Map<String, @Size(max = 1000) String> notes = new HashMap<>();

	/**
	 * An evidence file chosen on the page, saved with the draft: uploading never leaves
	 * the page with its typed points unsaved.
	 */
	private MultipartFile evidence;

	public MultipartFile getEvidence() {
		return this.evidence;
	}

	public void setEvidence(MultipartFile evidence) {
		this.evidence = evidence;
	}

	/**
	 * Whether a file was chosen (an empty file input sends an empty part).
	 */
	public boolean hasEvidence() {
		return this.evidence != null && (!this.evidence.isEmpty()
				|| (this.evidence.getOriginalFilename() != null && !this.evidence.getOriginalFilename().isEmpty()));
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

	public Map<String, Points> getPoints() {
		return this.points;
	}

	public void setPoints(Map<String, Points> points) {
		this.points = points;
	}

	public Map<String, String> getNotes() {
		return this.notes;
	}

	public void setNotes(Map<String, String> notes) {
		this.notes = notes;
	}

}
