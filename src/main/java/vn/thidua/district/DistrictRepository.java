package vn.thidua.district;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DistrictRepository extends Repository<District, Long> {

	@Query("select d from District d where d.province.id = :provinceId")
	List<District> findOfProvince(long provinceId);

	@Query("select count(d) > 0 from District d where d.code = :code and d.validFrom is not distinct from :validFrom")
	boolean existsCodePeriod(String code, LocalDate validFrom);

	@Query(value = "select max(year) from cluster_members where district_id = :districtId", nativeQuery = true)
	Integer lastClusterYear(long districtId);

	District save(District district);

	@Query("select d from District d where d.province.id = :provinceId and d.id in :ids")
	List<District> findInProvince(long provinceId, Collection<Long> ids);

}
