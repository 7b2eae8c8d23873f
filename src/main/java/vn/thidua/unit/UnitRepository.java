package vn.thidua.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface UnitRepository extends Repository<Unit, Long> {

	@Query("select d from Unit d where d.province.id = :provinceId")
	List<Unit> findOfProvince(long provinceId);

	/**
	 * Whether another unit holds the code on the day given or later (a statistics office
	 * code is the country's, an agency's the province's own).
	 */
	@Query(value = """
			select exists (select 1 from units u where u.code = :code
			    and (:level <> 'AGENCY' or u.province_id = :provinceId)
			    and (cast(:validFrom as date) is null or u.valid_to is null or u.valid_to >= :validFrom))""",
			nativeQuery = true)
	boolean codeHeldFrom(String code, String level, long provinceId, LocalDate validFrom);

	@Query(value = "select max(year) from cluster_members where unit_id = :unitId", nativeQuery = true)
	Integer lastClusterYear(long unitId);

	@Query(value = "select distinct m.unit_id from cluster_members m join units u on u.id = m.unit_id "
			+ "where u.province_id = :provinceId", nativeQuery = true)
	List<Long> findClusterMemberIds(long provinceId);

	@Query(value = "select distinct u.level from cluster_members m join units u on u.id = m.unit_id "
			+ "where u.province_id = :provinceId and m.year = :year", nativeQuery = true)
	List<String> findClusterLevels(long provinceId, int year);

	Unit save(Unit unit);

	@Query("select d from Unit d where d.province.id = :provinceId and d.id in :ids")
	List<Unit> findInProvince(long provinceId, Collection<Long> ids);

}
