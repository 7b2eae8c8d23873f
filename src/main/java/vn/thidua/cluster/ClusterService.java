package vn.thidua.cluster;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Role;
import vn.thidua.shared.VietnameseCollation;

/**
 * Reads the clusters of a province; every call is scoped to the caller's province.
 */
@Service
@Transactional(readOnly = true)
public class ClusterService {

	private final ClusterRepository clusters;

	private final JdbcClient jdbc;

	ClusterService(ClusterRepository clusters, JdbcClient jdbc) {
		this.clusters = clusters;
		this.jdbc = jdbc;
	}

	/**
	 * A year a unit was a member of a cluster.
	 *
	 * @param year the year
	 * @param clusterId the cluster
	 * @param clusterName its name
	 * @param unitId the member
	 * @param leader whether the member led the cluster that year
	 */
	public record Membership(int year, long clusterId, String clusterName, long unitId, boolean leader) {
	}

	/**
	 * Every year these units of a province were cluster members, newest first (one
	 * statement).
	 */
	public List<Membership> memberships(long provinceId, Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql("""
					select m.year, c.id as cluster_id, c.name as cluster_name, m.unit_id, (c.leader_unit_id = m.unit_id) as leader
					from cluster_members m join clusters c on c.id = m.cluster_id
					where m.unit_id in (:ids) and c.province_id = :province
					order by m.year desc, m.unit_id""")
			.param("ids", unitIds)
			.param("province", provinceId)
			.query(Membership.class)
			.list();
	}

	/**
	 * The clusters of a year with leader, deputy and members loaded, in name order ("Cụm
	 * 2" before "Cụm 10": shorter names first).
	 */
	public List<Cluster> clustersOf(long provinceId, int year) {
		List<Cluster> result = this.clusters.findAllOfYear(provinceId, year);
		return result.stream().sorted(NAME_ORDER).toList();
	}

	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+");

	/**
	 * Clusters by the number in their name, then by name: "Cụm 2" before "Cụm 10", and
	 * "Cụm 4 (xã, phường thuộc …)" before "Cụm 10 (…)", whatever follows the number.
	 */
	static final Comparator<Cluster> NAME_ORDER = VietnameseCollation.comparing((Cluster c) -> textBefore(c.getName()))
		.thenComparingLong((Cluster c) -> number(c.getName()))
		.thenComparing(VietnameseCollation.comparing(Cluster::getName));

	private static String textBefore(String name) {
		java.util.regex.Matcher number = NUMBER.matcher(name);
		return number.find() ? name.substring(0, number.start()) : name;
	}

	private static long number(String name) {
		java.util.regex.Matcher number = NUMBER.matcher(name);
		return (number.find() && number.group().length() < 18) ? Long.parseLong(number.group()) : Long.MAX_VALUE;
	}

	public Optional<Cluster> find(long id, long provinceId) {
		return this.clusters.findInProvince(id, provinceId);
	}

	public Cluster get(long id, long provinceId) {
		return this.clusters.findInProvince(id, provinceId).orElseThrow(() -> new ClusterNotFoundException(id));
	}

	/**
	 * A cluster of the user's province that the user may see the inner pages of (its
	 * closing, covenant, documents): the department sees every one, a unit account its
	 * own cluster's; otherwise it does not exist for the user (404).
	 */
	public Cluster visibleTo(vn.thidua.shared.CurrentUser user, long id) {
		Cluster cluster = get(id, user.provinceId());
		if (!user.role().isDepartment() && !cluster.hasMember(user.unitId())) {
			throw new ClusterNotFoundException(id);
		}
		return cluster;
	}

	/**
	 * The cluster a unit leads in a year, with its members.
	 */
	public Optional<Cluster> ledBy(long provinceId, long unitId, int year) {
		return this.clusters.findLedBy(provinceId, unitId, year);
	}

	/**
	 * Years that have clusters, newest first.
	 */
	public List<Integer> years(long provinceId) {
		return this.clusters.findYears(provinceId);
	}

	/**
	 * The years a page opens on when the user names none, newest first: for a cluster
	 * leader or a member unit the years its own unit was in a cluster (an officer of a
	 * district that ended in 2025 opens on its district's last years, not on the
	 * communes' year), else, and for the department, the province's.
	 */
	public List<Integer> ownYears(CurrentUser user) {
		return ownYears(user, null);
	}

	/**
	 * {@link #ownYears(CurrentUser)} where the province's years are already read
	 * ({@code null}: not yet).
	 */
	public List<Integer> ownYears(CurrentUser user, List<Integer> provinceYears) {
		if (user.unitId() != null && (user.hasRole(Role.CLUSTER_LEADER) || user.hasRole(Role.UNIT))) {
			List<Integer> own = this.jdbc.sql("""
					select distinct m.year from cluster_members m join clusters c on c.id = m.cluster_id
					where m.unit_id = :unit and c.province_id = :province order by m.year desc""")
				.param("unit", user.unitId())
				.param("province", user.provinceId())
				.query(Integer.class)
				.list();
			if (!own.isEmpty()) {
				return own;
			}
		}
		return (provinceYears != null) ? provinceYears : years(user.provinceId());
	}

}
