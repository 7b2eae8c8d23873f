package vn.thidua.closing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.cluster.Cluster;
import vn.thidua.unit.Unit;
import vn.thidua.shared.BaseEntity;

/**
 * The closing conference of a cluster-year: when and where, the ballots counted, the
 * candidates with their votes, next year's leader and deputy.
 */
@Entity
@Table(name = "cluster_closings")
public class ClusterClosing extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cluster_id", updatable = false)
	private Cluster cluster;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false, updatable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 8)
	private ClosingStatus status = ClosingStatus.DRAFT;

	private LocalDate heldOn;

	@Column(length = 300)
	private String place;

	private Integer ballotsCast;

	private Integer ballotsValid;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "next_leader_id")
	private Unit nextLeader;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "next_deputy_id")
	private Unit nextDeputy;

	private Instant closedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 5)
	private BallotMode ballotMode = BallotMode.PAPER;

	private Instant votingOpenedAt;

	/** The leader's acknowledgement of the periods still without an approved report. */
	@Column(length = 1000)
	private String missingNote;

	/** Why the department last reopened the closed closing. */
	@Column(length = 1000)
	private String reopenReason;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "closing_candidates", joinColumns = @JoinColumn(name = "closing_id"))
	@OrderColumn(name = "position")
	private List<CandidateRow> candidates = new ArrayList<>();

	/**
	 * The open round's key: its public part seals the ballots (the private one is not
	 * here).
	 */
	@Column(name = "ballot_key_id")
	private UUID ballotKeyId;

	@Column(name = "ballot_public_key")
	private byte[] ballotPublicKey;

	@Version
	private int version;

	protected ClusterClosing() {
	}

	ClusterClosing(Cluster cluster) {
		this.cluster = cluster;
		this.year = cluster.getYear();
	}

	void add(String award, long unitId, String reason) {
		this.candidates.add(new CandidateRow(award, unitId, reason));
	}

	void record(LocalDate heldOn, String place, Integer cast, Integer valid, Unit leader, Unit deputy) {
		this.heldOn = heldOn;
		this.place = place;
		this.ballotsCast = cast;
		this.ballotsValid = valid;
		this.nextLeader = leader;
		this.nextDeputy = deputy;
	}

	void close(Instant at) {
		this.status = ClosingStatus.CLOSED;
		this.closedAt = at;
	}

	void acknowledgeMissing(String note) {
		this.missingNote = note;
	}

	/**
	 * A new round of in-app voting, sealed for the round's public key: the counts are the
	 * ballots' when it closes.
	 */
	void openVoting(Instant at, UUID keyId, byte[] publicKey) {
		this.ballotKeyId = keyId;
		this.ballotPublicKey = publicKey;
		this.status = ClosingStatus.VOTING;
		this.ballotMode = BallotMode.APP;
		this.votingOpenedAt = at;
		this.ballotsCast = null;
		this.ballotsValid = null;
		this.candidates.forEach((c) -> c.count(null));
	}

	/**
	 * The ballots counted: cast (voters), valid (ballots), and each candidate's votes.
	 */
	void countBallots(int cast, int valid, List<Integer> votes) {
		// the round's key is gone with its sealed ballots
		this.ballotKeyId = null;
		this.ballotPublicKey = null;
		this.ballotsCast = cast;
		this.ballotsValid = valid;
		for (int i = 0; i < this.candidates.size(); i++) {
			this.candidates.get(i).count(votes.get(i));
		}
	}

	/** The department reopens a closed closing: back to the leader's draft. */
	void reopen(String reason) {
		this.status = ClosingStatus.DRAFT;
		this.closedAt = null;
		this.reopenReason = reason;
	}

	void decide() {
		this.status = ClosingStatus.DECIDED;
	}

	void undecide() {
		this.status = ClosingStatus.CLOSED;
	}

	/** Closed or decided: read-only. */
	public boolean isClosed() {
		return this.status == ClosingStatus.CLOSED || this.status == ClosingStatus.DECIDED;
	}

	public boolean isDraft() {
		return this.status == ClosingStatus.DRAFT;
	}

	public boolean isVoting() {
		return this.status == ClosingStatus.VOTING;
	}

	public BallotMode getBallotMode() {
		return this.ballotMode;
	}

	public UUID getBallotKeyId() {
		return this.ballotKeyId;
	}

	byte[] getBallotPublicKey() {
		return this.ballotPublicKey;
	}

	public Instant getVotingOpenedAt() {
		return this.votingOpenedAt;
	}

	public String getMissingNote() {
		return this.missingNote;
	}

	public String getReopenReason() {
		return this.reopenReason;
	}

	public Cluster getCluster() {
		return this.cluster;
	}

	public int getYear() {
		return this.year;
	}

	public ClosingStatus getStatus() {
		return this.status;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public String getPlace() {
		return this.place;
	}

	public Integer getBallotsCast() {
		return this.ballotsCast;
	}

	public Integer getBallotsValid() {
		return this.ballotsValid;
	}

	public Unit getNextLeader() {
		return this.nextLeader;
	}

	public Unit getNextDeputy() {
		return this.nextDeputy;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public List<CandidateRow> getCandidates() {
		return this.candidates;
	}

	public int getVersion() {
		return this.version;
	}

}
