package vn.thidua.cluster;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ClusterRepository extends Repository<Cluster, Long> {

	@Query("""
			select c from Cluster c
			join fetch c.leader
			left join fetch c.deputy
			left join fetch c.members m
			left join fetch m.unit
			where c.province.id = :provinceId and c.year = :year
			""")
	List<Cluster> findAllOfYear(long provinceId, int year);

	@Query("""
			select c from Cluster c
			join fetch c.leader
			left join fetch c.deputy
			left join fetch c.members m
			left join fetch m.unit
			where c.id = :id and c.province.id = :provinceId
			""")
	Optional<Cluster> findInProvince(long id, long provinceId);

	@Query("""
			select c from Cluster c
			join fetch c.leader
			left join fetch c.deputy
			left join fetch c.members m
			left join fetch m.unit
			where c.province.id = :provinceId and c.year = :year and c.leader.id = :unitId
			""")
	Optional<Cluster> findLedBy(long provinceId, long unitId, int year);

	Cluster save(Cluster cluster);

	@Query("select distinct c.year from Cluster c where c.province.id = :provinceId order by c.year desc")
	List<Integer> findYears(long provinceId);

}
