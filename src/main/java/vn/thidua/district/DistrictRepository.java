package vn.thidua.district;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface DistrictRepository extends Repository<District, Long> {

	@Query("select d from District d where d.province.id = :provinceId")
	List<District> findOfProvince(long provinceId);

	@Query("select d from District d where d.province.id = :provinceId and d.id in :ids")
	List<District> findInProvince(long provinceId, Collection<Long> ids);

}
