package vn.thidua.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.unit.Unit;
import vn.thidua.unit.Province;
import vn.thidua.shared.BaseEntity;
import vn.thidua.shared.VietnameseCollation;

/**
 * An emulation cluster of one province and year, led by one member unit (cụm trưởng) with
 * a deputy (cụm phó); both rotate yearly.
 */
@Entity
@Table(name = "clusters")
public class Cluster extends BaseEntity {

	/**
	 * Marks seeded memberships that the articles do not give (only the leaders are
	 * known).
	 */
	static final String ILLUSTRATIVE_MEMBERSHIP = "ILLUSTRATIVE_MEMBERSHIP";

	/**
	 * Marks seeded clusters grouped for illustration (communes by the former district
	 * they lie in), not by any decision of the department.
	 */
	static final String ILLUSTRATIVE_GROUPING = "ILLUSTRATIVE_GROUPING";

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "province_id")
	private Province province;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false)
	private int year;

	@Column(nullable = false, length = 100)
	private String name;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "leader_unit_id")
	private Unit leader;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "deputy_unit_id")
	private Unit deputy;

	@Column(length = 500)
	private String note;

	@OneToMany(mappedBy = "cluster", cascade = CascadeType.ALL, orphanRemoval = true)
	private Set<ClusterMember> members = new LinkedHashSet<>();

	@Version
	private int version;

	protected Cluster() {
	}

	Cluster(Province province, int year, String name, String note) {
		this.province = province;
		this.year = year;
		this.name = name;
		this.note = note;
	}

	/**
	 * Name, leader, deputy and members at once; members kept stay the same rows (so a
	 * unit is never deleted and inserted again within one change).
	 */
	void define(String name, Unit leader, Unit deputy, Collection<Unit> units) {
		this.name = name;
		this.leader = leader;
		this.deputy = deputy;
		Set<Long> wanted = units.stream().map(Unit::getId).collect(Collectors.toSet());
		this.members.removeIf((m) -> !wanted.contains(m.getUnit().getId()));
		for (Unit unit : units) {
			if (!hasMember(unit.getId())) {
				this.members.add(new ClusterMember(this, unit));
			}
		}
	}

	public String getNote() {
		return this.note;
	}

	public Province getProvince() {
		return this.province;
	}

	public int getYear() {
		return this.year;
	}

	public String getName() {
		return this.name;
	}

	public Unit getLeader() {
		return this.leader;
	}

	public Unit getDeputy() {
		return this.deputy;
	}

	public int getVersion() {
		return this.version;
	}

	/**
	 * Whether the membership is the illustrative seed (say so in the UI).
	 */
	public boolean isIllustrativeMembership() {
		return ILLUSTRATIVE_MEMBERSHIP.equals(this.note);
	}

	public boolean isIllustrativeGrouping() {
		return ILLUSTRATIVE_GROUPING.equals(this.note);
	}

	public boolean isLeader(Unit unit) {
		return this.leader.getId().equals(unit.getId());
	}

	/**
	 * Whether the unit of that id leads this cluster.
	 */
	public boolean isLedBy(Long unitId) {
		return unitId != null && this.leader.getId().equals(unitId);
	}

	public boolean isDeputy(Unit unit) {
		return this.deputy != null && this.deputy.getId().equals(unit.getId());
	}

	/**
	 * Whether the unit is a member (the leader's and deputy's units are).
	 */
	public boolean hasMember(Long unitId) {
		return unitId != null && this.members.stream().anyMatch((m) -> m.getUnit().getId().equals(unitId));
	}

	public int getMemberCount() {
		return this.members.size();
	}

	/**
	 * Member units: leader first, then deputy, then the others in Vietnamese order.
	 */
	public List<Unit> getSortedMembers() {
		List<Unit> units = new ArrayList<>(this.members.stream().map(ClusterMember::getUnit).toList());
		units.sort(Comparator.<Unit, Boolean>comparing((d) -> !isLeader(d))
			.thenComparing((d) -> !isDeputy(d))
			.thenComparing(VietnameseCollation.comparing(Unit::getName)));
		return units;
	}

}
