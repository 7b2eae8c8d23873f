package vn.thidua.cluster;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clusters are listed by the number in their name, whatever follows it: the demo's 2026
 * "Cụm 4 (xã, phường thuộc Nghĩa Đàn, Quỳ Hợp cũ)" after "Cụm 3 (…)" and before "Cụm 10
 * (…)", not by the length of the name.
 */
class ClusterOrderTests {

	@Test
	void clustersComeInTheOrderOfTheirNumbers() {
		List<String> names = List.of("Cụm 10 (xã, phường thuộc Hoàng Mai cũ)",
				"Cụm 4 (xã, phường thuộc Nghĩa Đàn, Quỳ Hợp cũ)", "Cụm 3 (xã, phường thuộc Kỳ Sơn, Tương Dương cũ)",
				"Cụm 2", "Cụm miền núi", "Cụm 1");
		assertThat(
				names.stream().map(ClusterOrderTests::cluster).sorted(ClusterService.NAME_ORDER).map(Cluster::getName))
			.containsExactly("Cụm 1", "Cụm 2", "Cụm 3 (xã, phường thuộc Kỳ Sơn, Tương Dương cũ)",
					"Cụm 4 (xã, phường thuộc Nghĩa Đàn, Quỳ Hợp cũ)", "Cụm 10 (xã, phường thuộc Hoàng Mai cũ)",
					"Cụm miền núi");
	}

	private static Cluster cluster(String name) {
		return new Cluster(null, 2026, name, null);
	}

}
