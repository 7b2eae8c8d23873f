package vn.thidua.district;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.VietnameseCollation;
import vn.thidua.shared.Formats;

/**
 * The administrator adds district-level units and retires them with the date they cease;
 * units are never deleted (past reports and rankings name them).
 */
@Service
@Transactional(readOnly = true)
public class DistrictAdminService {

	static final String ENTITY = "District";

	private final DistrictRepository districts;

	private final AuditService audit;

	private final EntityManager entityManager;

	DistrictAdminService(DistrictRepository districts, AuditService audit, EntityManager entityManager) {
		this.districts = districts;
		this.audit = audit;
		this.entityManager = entityManager;
	}

	/** Every unit of the province, current ones first, each in code order. */
	public List<District> all(CurrentUser admin) {
		return this.districts.findOfProvince(admin.provinceId())
			.stream()
			.sorted(Comparator.comparing((District d) -> d.getValidTo() != null)
				.thenComparing(District::getCode)
				.thenComparing(VietnameseCollation.comparing(District::getName)))
			.toList();
	}

	@Transactional
	public District add(CurrentUser admin, DistrictForm form, Errors errors) {
		// the form checks code, name and type by themselves (DistrictForm)
		String code = (form.getCode() != null) ? form.getCode().strip() : "";
		if (!errors.hasFieldErrors("code") && this.districts.existsCodePeriod(code, form.getValidFrom())) {
			errors.rejectValue("code", "district.code.taken");
		}
		if (errors.hasErrors()) {
			return null;
		}
		District district = this.districts
			.save(new District(this.entityManager.getReference(Province.class, admin.provinceId()), code,
					form.getName().strip(), form.getType(), form.getValidFrom()));
		this.audit.record(admin, "DISTRICT_ADDED", ENTITY, district.getId(), "Thêm đơn vị " + code + " "
				+ district.getName() + ((form.getValidFrom() != null) ? " từ " + form.getValidFrom() : ""));
		return district;
	}

	/**
	 * Records the last day of a unit; refused before it began or while it is a member of
	 * a cluster of a later year.
	 */
	@Transactional
	public boolean retire(CurrentUser admin, long id, LocalDate validTo, Errors errors) {
		District district = this.districts.findInProvince(admin.provinceId(), List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> NotFoundException.of("District", id));
		if (validTo == null) {
			errors.rejectValue("validTo", "district.validTo.required");
		}
		else if (district.getValidFrom() != null && validTo.isBefore(district.getValidFrom())) {
			errors.rejectValue("validTo", "district.validTo.beforeStart");
		}
		else {
			Integer lastYear = this.districts.lastClusterYear(id);
			if (lastYear != null && lastYear > validTo.getYear()) {
				errors.rejectValue("validTo", "district.validTo.inCluster", new Object[] { Integer.toString(lastYear) },
						null);
			}
		}
		if (errors.hasErrors()) {
			return false;
		}
		district.retire(validTo);
		this.audit.record(admin, "DISTRICT_RETIRED", ENTITY, id, "Đơn vị " + district.getCode() + " "
				+ district.getName() + " thôi hiệu lực sau ngày " + Formats.date(validTo));
		return true;
	}

}
