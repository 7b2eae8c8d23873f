package vn.thidua.unit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Formats;
import vn.thidua.shared.NotFoundException;

/**
 * The administrator keeps the province's department per period: corrects a period's
 * names, or records a new period from a day (a merger, a new name), which ends the period
 * before it the day before. What the page header, the documents and the mails name
 * follows at once.
 */
@Service
public class DepartmentAdmin {

	static final String ENTITY = "Department";

	private final JdbcClient jdbc;

	private final Departments departments;

	private final AuditService audit;

	DepartmentAdmin(JdbcClient jdbc, Departments departments, AuditService audit) {
		this.jdbc = jdbc;
		this.departments = departments;
		this.audit = audit;
	}

	/** The province's periods as stored now, oldest first. */
	@Transactional(readOnly = true)
	public List<Department> periods(CurrentUser admin) {
		return this.jdbc
			.sql("select " + Departments.COLUMNS
					+ " from departments where province_id = ? order by valid_from nulls first")
			.param(admin.provinceId())
			.query(Department.class)
			.list();
	}

	/** One period of the province, or not found. */
	@Transactional(readOnly = true)
	public Department period(CurrentUser admin, long id) {
		return periods(admin).stream()
			.filter((d) -> d.id() == id)
			.findFirst()
			.orElseThrow(() -> NotFoundException.of(ENTITY, id));
	}

	/**
	 * Corrects a period's names; refused when another administrator saved it since the
	 * form was read.
	 */
	@Transactional
	public boolean update(CurrentUser admin, long id, DepartmentForm form, Errors errors) {
		Department before = period(admin, id);
		if (errors.hasErrors()) {
			return false;
		}
		int changed = this.jdbc.sql("""
				update departments set name = :name, short_name = :shortName, symbol = :symbol,
				       governing_body = :governingBody, governing_body_short = :governingBodyShort,
				       place = :place, head_title = :headTitle, sector = :sector, version = version + 1
				where id = :id and version = :version""")
			.params(fields(form))
			.param("id", id)
			.param("version", (form.getVersion() != null) ? form.getVersion() : -1)
			.update();
		if (changed == 0) {
			// the form keeps what was typed; a second save, after reading what was saved
			// meanwhile (the page shows it), overwrites it
			form.setVersion(period(admin, id).version());
			errors.reject("department.changedMeanwhile");
			return false;
		}
		this.audit.record(admin, "DEPARTMENT_CHANGED", ENTITY, id, this.audit.words("trail.department.changed",
				before.name(), form.getName().strip(), period(before.validFrom(), before.validTo())));
		this.departments.forget();
		return true;
	}

	/**
	 * Records the department from a day on: the period that held that day ends the day
	 * before. Refused on or before the latest period's first day (a period in between
	 * would rewrite the documents already issued); one at a time per province.
	 */
	@Transactional
	public Long add(CurrentUser admin, DepartmentForm form, Errors errors) {
		// two administrators adding a period at once: the second waits, then sees the
		// first
		this.jdbc.sql("select id from provinces where id = ? for update").param(admin.provinceId()).query().rowSet();
		List<Department> periods = periods(admin);
		Department latest = periods.isEmpty() ? null : periods.get(periods.size() - 1);
		LocalDate from = form.getValidFrom();
		if (from == null) {
			errors.rejectValue("validFrom", "department.validFrom.required");
		}
		else if (latest != null && latest.validFrom() != null && !from.isAfter(latest.validFrom())) {
			errors.rejectValue("validFrom", "department.validFrom.afterLatest",
					new Object[] { Formats.date(latest.validFrom()) }, null);
		}
		if (errors.hasErrors()) {
			return null;
		}
		if (latest != null) {
			this.jdbc.sql("update departments set valid_to = ?, version = version + 1 where id = ?")
				.param(from.minusDays(1))
				.param(latest.id())
				.update();
		}
		Long id = this.jdbc.sql("""
				insert into departments (province_id, valid_from, name, short_name, symbol, governing_body,
				                         governing_body_short, place, head_title, sector)
				values (:province, :validFrom, :name, :shortName, :symbol, :governingBody, :governingBodyShort,
				        :place, :headTitle, :sector)
				returning id""")
			.params(fields(form))
			.param("province", admin.provinceId())
			.param("validFrom", from)
			.query(Long.class)
			.single();
		this.audit.record(admin, "DEPARTMENT_PERIOD_ADDED", ENTITY, id,
				(latest != null)
						? this.audit.words("trail.department.periodReplacing", Formats.date(from),
								form.getName().strip(), latest.name())
						: this.audit.words("trail.department.periodAdded", Formats.date(from), form.getName().strip()));
		this.departments.forget();
		return id;
	}

	/** The form's texts as saved: without the spaces around them. */
	private static java.util.Map<String, Object> fields(DepartmentForm form) {
		return java.util.Map.of("name", form.getName().strip(), "shortName", form.getShortName().strip(), "symbol",
				form.getSymbol().strip(), "governingBody", form.getGoverningBody().strip(), "governingBodyShort",
				form.getGoverningBodyShort().strip(), "place", form.getPlace().strip(), "headTitle",
				form.getHeadTitle().strip(), "sector", form.getSector().strip());
	}

	private static String period(LocalDate from, LocalDate to) {
		return ((from != null) ? Formats.date(from) : "…") + " – " + ((to != null) ? Formats.date(to) : "…");
	}

}
