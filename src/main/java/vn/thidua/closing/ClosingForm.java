package vn.thidua.closing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the leader records of the closing conference: when and where, the ballots (cast,
 * valid, each candidate's votes, in the candidates' order) and next year's leader and
 * deputy.
 */
public class ClosingForm {

	private LocalDate heldOn;

	private String place;

	private Integer ballotsCast;

	private Integer ballotsValid;

	private List<Integer> votes = new ArrayList<>();

	private Long nextLeaderId;

	private Long nextDeputyId;

	private int version;

	public static ClosingForm of(ClusterClosing closing) {
		ClosingForm form = new ClosingForm();
		form.heldOn = closing.getHeldOn();
		form.place = closing.getPlace();
		form.ballotsCast = closing.getBallotsCast();
		form.ballotsValid = closing.getBallotsValid();
		closing.getCandidates().forEach((c) -> form.votes.add(c.getVotes()));
		form.nextLeaderId = (closing.getNextLeader() != null) ? closing.getNextLeader().getId() : null;
		form.nextDeputyId = (closing.getNextDeputy() != null) ? closing.getNextDeputy().getId() : null;
		form.version = closing.getVersion();
		return form;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public Integer getBallotsCast() {
		return this.ballotsCast;
	}

	public void setBallotsCast(Integer ballotsCast) {
		this.ballotsCast = ballotsCast;
	}

	public Integer getBallotsValid() {
		return this.ballotsValid;
	}

	public void setBallotsValid(Integer ballotsValid) {
		this.ballotsValid = ballotsValid;
	}

	public List<Integer> getVotes() {
		return this.votes;
	}

	public void setVotes(List<Integer> votes) {
		this.votes = votes;
	}

	public Long getNextLeaderId() {
		return this.nextLeaderId;
	}

	public void setNextLeaderId(Long nextLeaderId) {
		this.nextLeaderId = nextLeaderId;
	}

	public Long getNextDeputyId() {
		return this.nextDeputyId;
	}

	public void setNextDeputyId(Long nextDeputyId) {
		this.nextDeputyId = nextDeputyId;
	}

	public int getVersion() {
		return this.version;
	}

	public void setVersion(int version) {
		this.version = version;
	}

}
