package vn.thidua.unit.catalogue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Formats;
import vn.thidua.shared.VietnameseDateFormatter;
import vn.thidua.unit.UnitLevel;
import vn.thidua.unit.UnitType;

/**
 * Checks a catalogue against the province's units before anything is saved: every bad row
 * is named with its reason (an unknown province, a code of the wrong form for its level,
 * a code another unit holds, a lineage that loops, a unit that would end while a later
 * year's cluster has it).
 */
@Component
class CatalogueCheck {

	private static final String[][] UNIT_COLUMNS = { { "ma", "code", "ma don vi", "ma dvhc", "ma so" },
			{ "ten", "name", "ten don vi", "ten dvhc" }, { "loai", "type", "cap", "loai don vi" },
			{ "ma tinh", "province", "province code", "ma tinh/tp", "ma tinh thanh pho" },
			{ "hieu luc tu", "valid from", "valid_from", "ngay hieu luc", "tu ngay" } };

	private static final String[][] LINEAGE_COLUMNS = { { "ma moi", "new code", "new_code", "ma don vi moi" },
			{ "ma cu", "old code", "old_code", "ma don vi cu" },
			{ "ngay", "date", "ngay hieu luc", "hieu luc tu", "tu ngay", "effective" } };

	private final JdbcClient jdbc;

	private final MessageSource messages;

	CatalogueCheck(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** A unit as the database holds it. */
	record Held(long id, String code, String name, String level, long provinceId, LocalDate validFrom,
			LocalDate validTo) {

		boolean validOn(LocalDate day) {
			return (this.validFrom == null || !this.validFrom.isAfter(day))
					&& (this.validTo == null || !this.validTo.isBefore(day));
		}

	}

	record Province(long id, String code, String name, LocalDate validFrom, LocalDate validTo) {
	}

	Catalogue check(CurrentUser admin, Catalogue catalogue, List<CatalogueFile.Line> unitLines,
			List<CatalogueFile.Line> lineageLines) {
		List<String> fileProblems = new ArrayList<>();
		int[] uc = columns(unitLines, UNIT_COLUMNS, "unit.import.unitColumns", fileProblems);
		int[] lc = lineageLines.isEmpty() ? null
				: columns(lineageLines, LINEAGE_COLUMNS, "unit.import.lineageColumns", fileProblems);
		List<Held> held = this.jdbc.sql("select id, code, name, level, province_id, valid_from, valid_to from units")
			.query(Held.class)
			.list();
		List<Province> provinces = this.jdbc.sql("select id, code, name, valid_from, valid_to from provinces")
			.query(Province.class)
			.list();
		// read once, not per row: the units by code, the last cluster year of each of the
		// province's units, the lineage links it has
		Map<String, List<Held>> byCode = held.stream().collect(java.util.stream.Collectors.groupingBy(Held::code));
		Map<Long, Integer> lastYear = new HashMap<>();
		this.jdbc.sql("""
				select m.unit_id, max(m.year) from cluster_members m join units u on u.id = m.unit_id
				where u.province_id = ? group by m.unit_id""")
			.param(admin.provinceId())
			.query((rs, n) -> lastYear.put(rs.getLong(1), rs.getInt(2)))
			.list();
		Set<String> links = new HashSet<>(this.jdbc.sql("""
				select l.predecessor_id || '|' || n.code || '|' || l.effective from unit_lineage l
				join units n on n.id = l.unit_id where n.province_id = ?""")
			.param(admin.provinceId())
			.query(String.class)
			.list());
		List<Catalogue.UnitRow> units = new ArrayList<>();
		if (uc != null) {
			Map<String, Integer> seen = new HashMap<>();
			for (CatalogueFile.Line line : unitLines.subList(1, unitLines.size())) {
				units.add(unitRow(admin, line, uc, provinces, byCode, seen));
			}
		}
		List<Catalogue.LineageRow> lineage = new ArrayList<>();
		if (lc != null) {
			Set<String> pairs = new HashSet<>();
			for (CatalogueFile.Line line : lineageLines.subList(1, lineageLines.size())) {
				lineage.add(lineageRow(admin, line, lc, units, byCode, lastYear, links, pairs));
			}
		}
		units = codesHeld(admin, units, lineage, byCode);
		// the province's own units (an agency's code is the province's own)
		List<Held> own = held.stream().filter((h) -> h.provinceId() == admin.provinceId()).toList();
		lineage = new LineageGraph(this.jdbc, own, units).loops(lineage, this::text);
		return catalogue.with(fileProblems, units, lineage);
	}

	private Catalogue.UnitRow unitRow(CurrentUser admin, CatalogueFile.Line line, int[] c, List<Province> provinces,
			Map<String, List<Held>> byCode, Map<String, Integer> seen) {
		List<String> problems = new ArrayList<>();
		String code = line.cell(c[0]).toUpperCase(Locale.ROOT);
		String name = line.cell(c[1]);
		UnitType type = type(line.cell(c[2]));
		String provinceCode = line.cell(c[3]);
		LocalDate validFrom = date(line.cell(c[4]));
		if (name.isEmpty() || name.length() > 100) {
			problems.add(text("unit.import.name"));
		}
		if (type == null) {
			problems.add(text("unit.import.type", line.cell(c[2])));
		}
		if (validFrom == null) {
			problems.add(text("unit.import.validFrom", line.cell(c[4])));
		}
		if (type != null && !type.level().accepts(code)) {
			problems.add(text("unit.import.codeForm", code,
					text("UnitLevel." + type.level().name()).toLowerCase(Locale.forLanguageTag("vi")),
					text("UnitLevel." + type.level().name() + ".code")));
		}
		LocalDate day = (validFrom != null) ? validFrom : LocalDate.now();
		Province province = provinces.stream()
			.filter((p) -> p.code().equals(provinceCode) && (p.validFrom() == null || !p.validFrom().isAfter(day))
					&& (p.validTo() == null || !p.validTo().isBefore(day)))
			.findFirst()
			.orElse(null);
		if (province == null) {
			problems.add(text("unit.import.province", provinceCode, Formats.date(day)));
		}
		else if (province.id() != admin.provinceId()) {
			problems.add(text("unit.import.otherProvince", province.name()));
		}
		String key = code + "|" + validFrom;
		Integer earlier = seen.putIfAbsent(key, line.number());
		if (earlier != null) {
			problems.add(text("unit.import.duplicate", Integer.toString(earlier)));
		}
		boolean known = byCode.getOrDefault(code, List.of())
			.stream()
			.anyMatch((h) -> h.name().equals(name) && h.provinceId() == admin.provinceId()
					&& java.util.Objects.equals(h.validFrom(), validFrom));
		return new Catalogue.UnitRow(line, code, name, type, provinceCode, validFrom, known, problems);
	}

	private Catalogue.LineageRow lineageRow(CurrentUser admin, CatalogueFile.Line line, int[] c,
			List<Catalogue.UnitRow> units, Map<String, List<Held>> byCode, Map<Long, Integer> lastYear,
			Set<String> links, Set<String> pairs) {
		List<String> problems = new ArrayList<>();
		String newCode = line.cell(c[0]).toUpperCase(Locale.ROOT);
		String oldCode = line.cell(c[1]).toUpperCase(Locale.ROOT);
		LocalDate date = date(line.cell(c[2]));
		boolean known = false;
		if (date == null) {
			problems.add(text("unit.import.badDate", line.cell(c[2])));
		}
		else {
			boolean newFound = units.stream()
				.anyMatch((u) -> u.code().equals(newCode) && u.validFrom() != null && !u.validFrom().isAfter(date))
					|| byCode.getOrDefault(newCode, List.of())
						.stream()
						.anyMatch((h) -> h.provinceId() == admin.provinceId() && h.validOn(date));
			if (!newFound) {
				problems.add(text("unit.import.newUnknown", newCode, Formats.date(date)));
			}
			LocalDate last = date.minusDays(1);
			Held old = byCode.getOrDefault(oldCode, List.of())
				.stream()
				.filter((h) -> h.validOn(last))
				.findFirst()
				.orElse(null);
			boolean oldInFile = units.stream()
				.anyMatch((u) -> u.code().equals(oldCode) && u.validFrom() != null && u.validFrom().isBefore(date));
			if (old == null && !oldInFile) {
				problems.add(text("unit.import.oldUnknown", oldCode, Formats.date(last)));
			}
			else if (old != null && old.provinceId() != admin.provinceId()) {
				problems.add(text("unit.import.oldOtherProvince", oldCode));
			}
			else if (old != null) {
				Integer year = lastYear.get(old.id());
				if (year != null && year > last.getYear()) {
					problems.add(text("unit.import.stillMember", old.name(), oldCode, Integer.toString(year),
							Formats.date(last)));
				}
				known = links.contains(old.id() + "|" + newCode + "|" + date);
			}
			if (!pairs.add(newCode + "|" + oldCode)) {
				problems.add(text("unit.import.pairTwice", newCode, oldCode));
			}
		}
		return new Catalogue.LineageRow(line, newCode, oldCode, date, known, problems);
	}

	/**
	 * A new unit's code held by another unit on its first day: refused, unless the
	 * catalogue's lineage ends that unit the day before.
	 */
	private List<Catalogue.UnitRow> codesHeld(CurrentUser admin, List<Catalogue.UnitRow> units,
			List<Catalogue.LineageRow> lineage, Map<String, List<Held>> byCode) {
		List<Catalogue.UnitRow> checked = new ArrayList<>();
		for (Catalogue.UnitRow row : units) {
			if (row.known() || row.validFrom() == null || row.type() == null) {
				checked.add(row);
				continue;
			}
			Held holder = byCode.getOrDefault(row.code(), List.of())
				.stream()
				.filter((h) -> h.level().equals(row.type().level().name())
						&& (h.validTo() == null || !h.validTo().isBefore(row.validFrom())))
				// the statistics office's codes are the country's; an agency's, the
				// province's
				.filter((h) -> row.type().level() != UnitLevel.AGENCY || h.provinceId() == admin.provinceId())
				.filter((h) -> lineage.stream()
					.noneMatch((l) -> l.oldCode().equals(h.code()) && row.validFrom().equals(l.date())
							&& h.validOn(l.date().minusDays(1))))
				.findFirst()
				.orElse(null);
			if (holder == null) {
				checked.add(row);
				continue;
			}
			List<String> problems = new ArrayList<>(row.problems());
			problems.add(text("unit.import.codeHeld", row.code(), holder.name(),
					(holder.validFrom() != null) ? Formats.date(holder.validFrom()) : "…",
					(holder.validTo() != null) ? Formats.date(holder.validTo()) : "…"));
			checked.add(new Catalogue.UnitRow(row.line(), row.code(), row.name(), row.type(), row.provinceCode(),
					row.validFrom(), false, problems));
		}
		return checked;
	}

	private int[] columns(List<CatalogueFile.Line> lines, String[][] wanted, String problem, List<String> problems) {
		if (lines.isEmpty()) {
			problems.add(text(problem));
			return null;
		}
		List<String> header = lines.get(0).cells().stream().map(CatalogueCheck::plain).toList();
		int[] found = new int[wanted.length];
		for (int i = 0; i < wanted.length; i++) {
			found[i] = -1;
			for (String name : wanted[i]) {
				int at = header.indexOf(name);
				if (at >= 0) {
					found[i] = at;
					break;
				}
			}
			if (found[i] < 0) {
				problems.add(text(problem));
				return null;
			}
		}
		return found;
	}

	private static UnitType type(String text) {
		String wanted = plain(text);
		for (UnitType type : UnitType.values()) {
			if (type.name().equalsIgnoreCase(text.strip()) || plain(type.name().replace('_', ' ')).equals(wanted)) {
				return type;
			}
		}
		return switch (wanted) {
			case "xa" -> UnitType.XA;
			case "phuong" -> UnitType.PHUONG;
			case "dac khu" -> UnitType.DAC_KHU;
			case "thi tran" -> UnitType.THI_TRAN;
			case "huyen" -> UnitType.HUYEN;
			case "thi xa" -> UnitType.THI_XA;
			case "thanh pho" -> UnitType.THANH_PHO;
			case "so" -> UnitType.SO;
			case "ban", "nganh", "ban, nganh", "ban nganh" -> UnitType.BAN_NGANH;
			case "co quan", "co quan khac" -> UnitType.CO_QUAN;
			default -> null;
		};
	}

	private static LocalDate date(String text) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text)
					: new VietnameseDateFormatter().parse(text, Locale.ROOT);
		}
		catch (java.text.ParseException | java.time.format.DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * Lower case, without diacritics (đ → d): how headers and type words are compared.
	 */
	static String plain(String text) {
		String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").replace('đ', 'd').replaceAll("\\s+", " ");
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
