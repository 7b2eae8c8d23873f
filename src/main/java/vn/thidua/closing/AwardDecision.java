package vn.thidua.closing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.shared.BaseEntity;

/**
 * The province's award list of a year as the director finalized it: every cluster's
 * proposals with the council's decision (accepted, or trimmed with a reason), names,
 * scores and votes copied as they were. Reopening keeps it, marked; a new finalization
 * makes a new one.
 */
@Entity
@Table(name = "award_decisions")
public class AwardDecision extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private long provinceId;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false, updatable = false)
	private int year;

	@Column(nullable = false, updatable = false)
	private Instant finalizedAt;

	@Column(nullable = false, updatable = false)
	private long finalizedBy;

	@Column(length = 1000, updatable = false)
	private String note;

	private Instant reopenedAt;

	private Long reopenedBy;

	@Column(length = 1000)
	private String reopenReason;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "award_decision_items", joinColumns = @JoinColumn(name = "decision_id"))
	@OrderColumn(name = "position")
	private List<Item> items = new ArrayList<>();

	protected AwardDecision() {
	}

	AwardDecision(long provinceId, int year, Instant finalizedAt, long finalizedBy, String note) {
		this.provinceId = provinceId;
		this.year = year;
		this.finalizedAt = finalizedAt;
		this.finalizedBy = finalizedBy;
		this.note = note;
	}

	void reopen(Instant at, long by, String reason) {
		this.reopenedAt = at;
		this.reopenedBy = by;
		this.reopenReason = reason;
	}

	public int getYear() {
		return this.year;
	}

	public Instant getFinalizedAt() {
		return this.finalizedAt;
	}

	public String getNote() {
		return this.note;
	}

	public List<Item> getItems() {
		return this.items;
	}

	/** The accepted items: the province's award list. */
	public List<Item> getAccepted() {
		return this.items.stream().filter(Item::isAccepted).toList();
	}

	/** One proposal of a cluster and the council's decision on it. */
	@Embeddable
	public static class Item {

		@Column(nullable = false)
		private long clusterId;

		@Column(nullable = false, length = 100)
		private String clusterName;

		@Column(nullable = false)
		private long unitId;

		@Column(nullable = false, length = 100)
		private String unitName;

		@Column(nullable = false, length = 12)
		private String award;

		@Column(nullable = false, length = 60)
		private String awardName;

		@Column(nullable = false)
		private int rank;

		@Column(nullable = false, precision = 7, scale = 2)
		private BigDecimal total;

		@Column(nullable = false, length = 60)
		private String bandName;

		@Column(nullable = false)
		private int votes;

		@Column(nullable = false)
		private int ballotsValid;

		@Column(nullable = false)
		private boolean accepted;

		@Column(length = 1000)
		private String reason;

		/** Whether the unit was proposed outside the year's rules (band or rank). */
		@Column(nullable = false)
		private boolean outsideRules;

		protected Item() {
		}

		Item(AwardDecisions.Proposal proposal) {
			this.clusterId = proposal.clusterId();
			this.clusterName = proposal.clusterName();
			this.unitId = proposal.unitId();
			this.unitName = proposal.unitName();
			this.award = proposal.award();
			this.awardName = proposal.awardName();
			this.rank = proposal.rank();
			this.total = proposal.total();
			this.bandName = proposal.bandName();
			this.votes = proposal.votes();
			this.ballotsValid = proposal.ballotsValid();
			this.accepted = proposal.accepted();
			this.reason = proposal.reason();
			this.outsideRules = proposal.outsideRules();
		}

		public boolean isOutsideRules() {
			return this.outsideRules;
		}

		public long getClusterId() {
			return this.clusterId;
		}

		public String getClusterName() {
			return this.clusterName;
		}

		public long getUnitId() {
			return this.unitId;
		}

		public String getUnitName() {
			return this.unitName;
		}

		public String getAward() {
			return this.award;
		}

		public String getAwardName() {
			return this.awardName;
		}

		public int getRank() {
			return this.rank;
		}

		public BigDecimal getTotal() {
			return this.total;
		}

		public String getBandName() {
			return this.bandName;
		}

		public int getVotes() {
			return this.votes;
		}

		public int getBallotsValid() {
			return this.ballotsValid;
		}

		public boolean isAccepted() {
			return this.accepted;
		}

		public String getReason() {
			return this.reason;
		}

	}

}
