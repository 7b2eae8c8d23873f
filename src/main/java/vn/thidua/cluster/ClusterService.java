package vn.thidua.cluster;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.VietnameseCollation;

/**
 * Reads the clusters of a province; every call is scoped to the caller's province.
 */
@Service
@Transactional(readOnly = true)
public class ClusterService {

	private final ClusterRepository clusters;

	ClusterService(ClusterRepository clusters) {
		this.clusters = clusters;
	}

	/**
	 * The clusters of a year with leader, deputy and members loaded, in name order ("Cụm
	 * 2" before "Cụm 10": shorter names first).
	 */
	public List<Cluster> clustersOf(long provinceId, int year) {
		List<Cluster> result = this.clusters.findAllOfYear(provinceId, year);
		return result.stream()
			.sorted(Comparator.comparing((Cluster c) -> c.getName().length())
				.thenComparing(VietnameseCollation.comparing(Cluster::getName)))
			.toList();
	}

	public Optional<Cluster> find(long id, long provinceId) {
		return this.clusters.findInProvince(id, provinceId);
	}

	public Cluster get(long id, long provinceId) {
		return this.clusters.findInProvince(id, provinceId).orElseThrow(() -> new ClusterNotFoundException(id));
	}

	/**
	 * The cluster a district leads in a year, with its members.
	 */
	public Optional<Cluster> ledBy(long provinceId, long districtId, int year) {
		return this.clusters.findLedBy(provinceId, districtId, year);
	}

	/**
	 * Years that have clusters, newest first.
	 */
	public List<Integer> years(long provinceId) {
		return this.clusters.findYears(provinceId);
	}

}
