package vn.thidua.closing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A candidate of a closing vote (table {@code closing_candidates}). */
@Embeddable
public class CandidateRow {

	@Column(nullable = false, length = 12)
	private String award;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	/** Why the leader added a unit outside the rules' default candidates. */
	@Column(length = 1000)
	private String reason;

	private Integer votes;

	protected CandidateRow() {
	}

	CandidateRow(String award, long unitId, String reason) {
		this.award = award;
		this.unitId = unitId;
		this.reason = reason;
	}

	void count(Integer votes) {
		this.votes = votes;
	}

	public String getAward() {
		return this.award;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public String getReason() {
		return this.reason;
	}

	public Integer getVotes() {
		return this.votes;
	}

}
