package vn.thidua.district;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.shared.VietnameseCollation;

/**
 * The district-level units of a province.
 */
@Service
@Transactional(readOnly = true)
public class DistrictService {

	private final DistrictRepository districts;

	DistrictService(DistrictRepository districts) {
		this.districts = districts;
	}

	/**
	 * The units of a province that exist in the given year, in Vietnamese order.
	 */
	public List<District> ofProvince(long provinceId, int year) {
		return this.districts.findOfProvince(provinceId)
			.stream()
			.filter((d) -> d.existedIn(year))
			.sorted(VietnameseCollation.comparing(District::getName))
			.toList();
	}

	/**
	 * Those of the given units that belong to the province (others are simply not
	 * returned).
	 */
	public List<District> inProvince(long provinceId, Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.districts.findInProvince(provinceId, ids);
	}

}
