package vn.thidua.covenant;

import java.time.LocalDate;

/**
 * A cluster document as its list shows it: everything but the file's bytes (a list of
 * documents never loads their files).
 *
 * @param id the document
 * @param kind its kind
 * @param number number and symbol
 * @param issuer issuing body
 * @param signedOn date signed
 * @param effectiveOn date in force, or {@code null}
 * @param summary summary, or {@code null}
 * @param fileName the file's name, or {@code null} without a file
 * @param replacesId the document it replaces, or {@code null}
 * @param illustrative whether it is the demo's illustrative record
 */
public record DocumentRow(Long id, DocumentKind kind, String number, String issuer, LocalDate signedOn,
		LocalDate effectiveOn, String summary, String fileName, Long replacesId, boolean illustrative) {

	public boolean hasFile() {
		return this.fileName != null;
	}

}
