package vn.thidua.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.thidua.cluster.Cluster;
import vn.thidua.unit.Unit;
import vn.thidua.shared.BaseEntity;
import vn.thidua.shared.VietnameseCollation;

/**
 * A meeting of the department or of a cluster: who met, where, what was discussed and
 * concluded, and the follow-up tasks.
 */
@Entity
@Table(name = "meetings")
public class Meeting extends BaseEntity {

	@Column(name = "province_id", nullable = false, updatable = false)
	private long provinceId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "cluster_id")
	private Cluster cluster;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 15)
	private MeetingKind kind;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(nullable = false)
	private LocalDate startDate;

	@Column(nullable = false)
	private LocalDate endDate;

	@Column(length = 300)
	private String location;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "host_unit_id")
	private Unit hostUnit;

	@Column(length = 200)
	private String chair;

	private String otherParticipants;

	private String content;

	private String conclusions;

	@Column(name = "created_by", updatable = false)
	private Long createdBy;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	@ManyToMany(fetch = FetchType.LAZY)
	@JoinTable(name = "meeting_participants", joinColumns = @JoinColumn(name = "meeting_id"),
			inverseJoinColumns = @JoinColumn(name = "unit_id"))
	private Set<Unit> participants = new LinkedHashSet<>();

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("dueDate, id")
	private List<FollowUpTask> tasks = new ArrayList<>();

	@Version
	private int version;

	/** The closing of a cluster-year this meeting records, if it is one. */
	@Column(name = "closing_id", updatable = false)
	private Long closingId;

	protected Meeting() {
	}

	Meeting(long provinceId, Long createdBy, Instant now) {
		this.provinceId = provinceId;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	Meeting(long provinceId, Long createdBy, Instant now, long closingId) {
		this(provinceId, createdBy, now);
		this.closingId = closingId;
	}

	public Long getClosingId() {
		return this.closingId;
	}

	void describe(MeetingKind kind, String title, LocalDate startDate, LocalDate endDate, String location,
			Cluster cluster, Unit hostUnit, String chair, String otherParticipants, String content, String conclusions,
			Set<Unit> participants, Instant now) {
		this.kind = kind;
		this.title = title;
		this.startDate = startDate;
		this.endDate = endDate;
		this.location = location;
		this.cluster = cluster;
		this.hostUnit = hostUnit;
		this.chair = chair;
		this.otherParticipants = otherParticipants;
		this.content = content;
		this.conclusions = conclusions;
		this.participants.clear();
		this.participants.addAll(participants);
		this.updatedAt = now;
	}

	public long getProvinceId() {
		return this.provinceId;
	}

	public Cluster getCluster() {
		return this.cluster;
	}

	public MeetingKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public boolean isSeveralDays() {
		return !this.endDate.equals(this.startDate);
	}

	public String getLocation() {
		return this.location;
	}

	public Unit getHostUnit() {
		return this.hostUnit;
	}

	public String getChair() {
		return this.chair;
	}

	public String getOtherParticipants() {
		return this.otherParticipants;
	}

	public String getContent() {
		return this.content;
	}

	public String getConclusions() {
		return this.conclusions;
	}

	public Set<Unit> getParticipants() {
		return this.participants;
	}

	/**
	 * The participating units in Vietnamese alphabetical order, the one order of every
	 * page and document that lists them.
	 */
	public List<Unit> getSortedParticipants() {
		return this.participants.stream().sorted(VietnameseCollation.comparing(Unit::getName)).toList();
	}

	public List<FollowUpTask> getTasks() {
		return this.tasks;
	}

	public int getVersion() {
		return this.version;
	}

}
