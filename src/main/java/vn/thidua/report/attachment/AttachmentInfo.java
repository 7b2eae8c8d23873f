package vn.thidua.report.attachment;

import java.time.Instant;

/**
 * An attachment as lists show it, without its content.
 *
 * @param id the id
 * @param unitId the unit whose self-assessment it supports, or {@code null}
 * @param fileName the file name
 * @param contentType the detected type
 * @param sizeBytes the size
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 */
public record AttachmentInfo(long id, Long unitId, String fileName, String contentType, long sizeBytes,
		String uploadedBy, Instant uploadedAt) {

	/**
	 * The size for people: "850 KB", "2,3 MB".
	 */
	public String size() {
		if (this.sizeBytes < 1024 * 1024) {
			return Math.max(1, this.sizeBytes / 1024) + " KB";
		}
		return String.format(java.util.Locale.forLanguageTag("vi"), "%.1f MB", this.sizeBytes / (1024.0 * 1024));
	}

}
