package vn.thidua.covenant;

import java.time.LocalDate;

/** A new document of a cluster: what the leader enters beside the file. */
public class DocumentForm {

	private DocumentKind kind;

	private String number;

	private String issuer;

	private LocalDate signedOn;

	private LocalDate effectiveOn;

	private String summary;

	private Long replacesId;

	public DocumentKind getKind() {
		return this.kind;
	}

	public void setKind(DocumentKind kind) {
		this.kind = kind;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getIssuer() {
		return this.issuer;
	}

	public void setIssuer(String issuer) {
		this.issuer = issuer;
	}

	public LocalDate getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public LocalDate getEffectiveOn() {
		return this.effectiveOn;
	}

	public void setEffectiveOn(LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Long getReplacesId() {
		return this.replacesId;
	}

	public void setReplacesId(Long replacesId) {
		this.replacesId = replacesId;
	}

}
