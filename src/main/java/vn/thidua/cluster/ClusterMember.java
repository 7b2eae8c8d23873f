package vn.thidua.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.unit.Unit;
import vn.thidua.shared.BaseEntity;

/**
 * A unit's membership of a cluster; carries the year so that the database holds "at most
 * one cluster per unit and year".
 */
@Entity
@Table(name = "cluster_members")
class ClusterMember extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cluster_id")
	private Cluster cluster;

	@JdbcTypeCode(SqlTypes.SMALLINT)
	@Column(nullable = false)
	private int year;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id")
	private Unit unit;

	protected ClusterMember() {
	}

	ClusterMember(Cluster cluster, Unit unit) {
		this.cluster = cluster;
		this.year = cluster.getYear();
		this.unit = unit;
	}

	Unit getUnit() {
		return this.unit;
	}

}
