package vn.thidua.unit.catalogue;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.audit.AuditService;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.UploadName;

/**
 * Imports the official catalogue: a list of units (code, name, type, province code, valid
 * from) and a lineage list (new code, old code, date). The preview names every bad row
 * and saves nothing; the confirmation checks again and saves all in one transaction, ends
 * the old units the day before their successors begin, and is audited.
 */
@Service
public class CatalogueImport {

	static final String ENTITY = "UnitCatalogue";

	/** The largest file read: the country's catalogue as CSV is under 1 MB. */
	static final int MAX_FILE = 10 * 1024 * 1024;

	private final CatalogueCheck check;

	private final JdbcClient jdbc;

	private final AuditService audit;

	private final Clock clock;

	CatalogueImport(CatalogueCheck check, JdbcClient jdbc, AuditService audit, Clock clock) {
		this.check = check;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Reads and checks the files; nothing of the catalogue is saved. A catalogue whose
	 * every row is good is kept (the files as uploaded, for a day) to be confirmed by its
	 * id.
	 */
	@Transactional
	public Catalogue preview(CurrentUser admin, String unitsName, byte[] units, String lineageName, byte[] lineage) {
		Catalogue checked = read(admin, UploadName.of(unitsName, "danh-muc-don-vi.csv"), units,
				(lineage != null && lineage.length > 0) ? UploadName.of(lineageName, "hinh-thanh.csv") : null, lineage);
		if (!checked.ok()) {
			return checked;
		}
		this.jdbc.sql("delete from catalogue_imports where created_at < ?")
			.param(Timestamp.from(this.clock.instant().minus(Duration.ofDays(1))))
			.update();
		long pending = this.jdbc.sql("""
				insert into catalogue_imports (province_id, user_id, units_name, units_content, lineage_name,
				                               lineage_content)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(admin.provinceId(), admin.id(), checked.unitsFile(), units, checked.lineageFile(),
					(checked.lineageFile() != null) ? lineage : null)
			.query(Long.class)
			.single();
		return checked.pending(pending);
	}

	/**
	 * Checks a kept catalogue again against the data of now and, when every row is still
	 * good, saves it in this transaction. Returns the catalogue as checked (a bad one is
	 * shown again, nothing saved), or empty when there is no such catalogue of the
	 * administrator's (confirmed already, or more than a day old).
	 */
	@Transactional
	public Optional<Catalogue> confirm(CurrentUser admin, long pendingId) {
		// the kept files, locked: a second confirmation at once waits, then finds them
		// gone
		List<Map<String, Object>> kept = this.jdbc.sql("""
				select units_name, units_content, lineage_name, lineage_content from catalogue_imports
				where id = ? and province_id = ? and user_id = ? for update""")
			.params(pendingId, admin.provinceId(), admin.id())
			.query()
			.listOfRows();
		if (kept.isEmpty()) {
			return Optional.empty();
		}
		// one import at a time per province: two administrators confirming at once would
		// both pass the check of codes, then hold the same one
		this.jdbc.sql("select id from provinces where id = ? for update").param(admin.provinceId()).query().rowSet();
		Map<String, Object> files = kept.get(0);
		Catalogue checked = read(admin, (String) files.get("units_name"), (byte[]) files.get("units_content"),
				(String) files.get("lineage_name"), (byte[]) files.get("lineage_content"));
		if (!checked.ok()) {
			return Optional.of(checked);
		}
		this.jdbc.sql("delete from catalogue_imports where id = ?").param(pendingId).update();
		Map<String, Long> added = new HashMap<>();
		for (Catalogue.UnitRow row : checked.units()) {
			if (row.known()) {
				continue;
			}
			long id = this.jdbc.sql("""
					insert into units (province_id, code, name, type, level, valid_from)
					values (:province, :code, :name, :type, :level, :validFrom) returning id""")
				.param("province", admin.provinceId())
				.param("code", row.code())
				.param("name", row.name())
				.param("type", row.type().name())
				.param("level", row.type().level().name())
				.param("validFrom", row.validFrom())
				.query(Long.class)
				.single();
			added.put(row.code() + "|" + row.validFrom(), id);
		}
		Map<String, Long> successors = new HashMap<>();
		Map<String, Long> predecessors = new HashMap<>();
		checked.lineage().forEach((r) -> {
			successors.merge(r.oldCode() + "|" + r.date(), 1L, Long::sum);
			predecessors.merge(r.newCode() + "|" + r.date(), 1L, Long::sum);
		});
		int links = 0;
		int ended = 0;
		for (Catalogue.LineageRow row : checked.lineage()) {
			if (row.known()) {
				continue;
			}
			long newId = this.jdbc.sql(
					"select id from units where province_id = ? and code = ? and (valid_from is null or valid_from <= ?) "
							+ "and (valid_to is null or valid_to >= ?) order by valid_from desc nulls last limit 1")
				.params(admin.provinceId(), row.newCode(), row.date(), row.date())
				.query(Long.class)
				.single();
			LocalDate last = row.date().minusDays(1);
			Map<String, Object> old = this.jdbc
				.sql("select id, name from units where province_id = ? and code = ? and id <> ? "
						+ "and (valid_from is null or valid_from <= ?) and (valid_to is null or valid_to >= ?) "
						+ "order by valid_from desc nulls last limit 1")
				.params(admin.provinceId(), row.oldCode(), newId, last, last)
				.query()
				.singleRow();
			long oldId = ((Number) old.get("id")).longValue();
			ended += this.jdbc.sql("update units set valid_to = ? where id = ? and (valid_to is null or valid_to > ?)")
				.params(last, oldId, last)
				.update();
			String newName = this.jdbc.sql("select name from units where id = ?")
				.param(newId)
				.query(String.class)
				.single();
			String kind = (predecessors.get(row.newCode() + "|" + row.date()) > 1) ? "MERGED"
					: (successors.get(row.oldCode() + "|" + row.date()) > 1) ? "SPLIT"
							: newName.equals(old.get("name")) ? "CONTINUED" : "RENAMED";
			links += this.jdbc.sql("""
					insert into unit_lineage (unit_id, predecessor_id, effective, kind) values (?, ?, ?, ?)
					on conflict do nothing""").params(newId, oldId, row.date(), kind).update();
		}
		this.audit.record(admin, "UNITS_IMPORTED", ENTITY, admin.provinceId(),
				this.audit.words("trail.units.imported", added.size(), links, ended,
						(checked.lineageFile() != null && !checked.lineageFile().isBlank())
								? checked.unitsFile() + ", " + checked.lineageFile() : checked.unitsFile()));
		return Optional.of(checked);
	}

	private Catalogue read(CurrentUser admin, String unitsName, byte[] units, String lineageName, byte[] lineage) {
		List<String> problems = new ArrayList<>();
		List<CatalogueFile.Line> unitLines = lines(unitsName, units, problems);
		List<CatalogueFile.Line> lineageLines = (lineage != null && lineage.length > 0)
				? lines(lineageName, lineage, problems) : List.of();
		Catalogue empty = new Catalogue(null, unitsName, lineageName, problems, List.of(), List.of());
		return problems.isEmpty() ? this.check.check(admin, empty, unitLines, lineageLines) : empty;
	}

	private List<CatalogueFile.Line> lines(String name, byte[] content, List<String> problems) {
		if (content == null || content.length == 0) {
			problems.add(this.check.text("unit.import.noFile"));
			return List.of();
		}
		if (content.length > MAX_FILE) {
			problems.add(this.check.text("unit.import.tooLarge", name));
			return List.of();
		}
		try {
			return CatalogueFile.read(name, content);
		}
		catch (CatalogueFile.Unreadable ex) {
			problems.add(this.check.text(ex.getMessage(), name));
			return List.of();
		}
	}

}
