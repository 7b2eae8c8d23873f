package vn.thidua.closing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A candidate of a closing vote (table {@code closing_candidates}). */
@Embeddable
public class CandidateRow {

	@Column(nullable = false, length = 12)
	private String award;

	@Column(name = "district_id", nullable = false)
	private long districtId;

	/** Why the leader added a unit outside the rules' default candidates. */
	@Column(length = 1000)
	private String reason;

	private Integer votes;

	protected CandidateRow() {
	}

	CandidateRow(String award, long districtId, String reason) {
		this.award = award;
		this.districtId = districtId;
		this.reason = reason;
	}

	void count(Integer votes) {
		this.votes = votes;
	}

	public String getAward() {
		return this.award;
	}

	public long getDistrictId() {
		return this.districtId;
	}

	public String getReason() {
		return this.reason;
	}

	public Integer getVotes() {
		return this.votes;
	}

}
