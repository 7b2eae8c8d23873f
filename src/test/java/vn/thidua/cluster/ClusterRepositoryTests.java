package vn.thidua.cluster;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.unit.Unit;
import vn.thidua.testsupport.RepositoryTest;

import static org.assertj.core.api.Assertions.assertThat;

@RepositoryTest
class ClusterRepositoryTests {

	@Autowired
	ClusterRepository clusters;

	@Autowired
	EntityManager entityManager;

	long ngheAn;

	long haGiang;

	@BeforeEach
	void provinces() {
		this.ngheAn = provinceId("40");
		this.haGiang = provinceId("02");
	}

	@Test
	void the2014ClustersOfNgheAnAreLedByYenThanhQuynhLuuTuongDuong() {
		List<Cluster> clusters = this.clusters.findAllOfYear(this.ngheAn, 2014);
		assertThat(clusters).extracting((c) -> c.getLeader().getName())
			.containsExactlyInAnyOrder("Yên Thành", "Quỳnh Lưu", "Tương Dương");
	}

	@Test
	void the2014MembershipCoversAll21NgheAnUnitsOnce() {
		List<String> members = this.clusters.findAllOfYear(this.ngheAn, 2014)
			.stream()
			.flatMap((c) -> c.getSortedMembers().stream())
			.map(Unit::getCode)
			.toList();
		assertThat(members).hasSize(21).doesNotHaveDuplicates();
		assertThat(members).allSatisfy((code) -> assertThat(Integer.parseInt(code)).isBetween(412, 432));
	}

	@Test
	void leaderAndDeputyAreMembersListedFirst() {
		for (Cluster cluster : this.clusters.findAllOfYear(this.ngheAn, 2014)) {
			List<Unit> members = cluster.getSortedMembers();
			assertThat(members.get(0).getId()).isEqualTo(cluster.getLeader().getId());
			assertThat(members.get(1).getId()).isEqualTo(cluster.getDeputy().getId());
		}
	}

	@Test
	void anotherProvinceSeesNeitherTheClustersNorOneCluster() {
		Cluster ngheAnCluster = this.clusters.findAllOfYear(this.ngheAn, 2014).get(0);
		assertThat(this.clusters.findAllOfYear(this.haGiang, 2014)).isEmpty();
		assertThat(this.clusters.findInProvince(ngheAnCluster.getId(), this.haGiang)).isEmpty();
		assertThat(this.clusters.findInProvince(ngheAnCluster.getId(), this.ngheAn)).isPresent();
	}

	@Test
	void yearsAreNewestFirst() {
		assertThat(this.clusters.findYears(this.ngheAn)).containsExactly(2026, 2014);
		assertThat(this.clusters.findYears(this.haGiang)).isEmpty();
	}

	private long provinceId(String code) {
		return ((Number) this.entityManager.createNativeQuery("select id from provinces where code = :code")
			.setParameter("code", code)
			.getSingleResult()).longValue();
	}

}
