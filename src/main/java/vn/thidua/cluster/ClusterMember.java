package vn.thidua.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import vn.thidua.district.District;
import vn.thidua.shared.BaseEntity;

/**
 * A district's membership of a cluster; carries the year so that the database holds "at
 * most one cluster per district and year".
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
	@JoinColumn(name = "district_id")
	private District district;

	protected ClusterMember() {
	}

	ClusterMember(Cluster cluster, District district) {
		this.cluster = cluster;
		this.year = cluster.getYear();
		this.district = district;
	}

	District getDistrict() {
		return this.district;
	}

}
