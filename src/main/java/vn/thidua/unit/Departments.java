package vn.thidua.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The organizing department of each province per period, kept in memory (a handful of
 * rows read on every page's header): who a document, a mail or a page names. A document
 * of a year names the department of that year; the page names today's.
 */
@Service
public class Departments {

	static final String CACHE = "departments";

	/** The columns a {@link Department} is read from. */
	static final String COLUMNS = """
			id, province_id, valid_from, valid_to, name, short_name, symbol, governing_body, governing_body_short,
			place, head_title, sector, version""";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Clock clock;

	private final Cache cache;

	Departments(JdbcClient jdbc, MessageSource messages, Clock clock, CacheManager caches) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.clock = clock;
		this.cache = caches.getCache(CACHE);
	}

	/** Today's department of the province. */
	public Department current(long provinceId) {
		return on(provinceId, LocalDate.now(this.clock));
	}

	/**
	 * The department whose documents of the year carry its name: the one of the year's
	 * last day, or of today while the year runs.
	 */
	public Department ofYear(long provinceId, int year) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate last = Year.of(year).atMonth(12).atEndOfMonth();
		return on(provinceId, today.isBefore(last) ? today : last);
	}

	/**
	 * The department of the day; before the first period the first one, after the last
	 * period the last one; a province without any recorded gets a neutral one.
	 */
	public Department on(long provinceId, LocalDate day) {
		Known known = known();
		List<Department> periods = known.periods().getOrDefault(provinceId, List.of());
		for (Department department : periods) {
			if (department.validOn(day)) {
				return department;
			}
		}
		if (periods.isEmpty()) {
			return neutral(provinceId, known.provinces().getOrDefault(provinceId, ""));
		}
		return (periods.get(0).validFrom() != null && day.isBefore(periods.get(0).validFrom())) ? periods.get(0)
				: periods.get(periods.size() - 1);
	}

	/** Every period of a province, oldest first. */
	public List<Department> periodsOf(long provinceId) {
		return known().periods().getOrDefault(provinceId, List.of());
	}

	/**
	 * Read again at the next use (after a change here; another instance reads again
	 * within a minute).
	 */
	public void forget() {
		this.cache.clear();
	}

	/** The periods of every province, oldest first, and the provinces' names. */
	private record Known(Map<Long, List<Department>> periods, Map<Long, String> provinces) {
	}

	private Known known() {
		return this.cache.get("all",
				() -> new Known(
						this.jdbc.sql("""
								select id, province_id, valid_from, valid_to, name, short_name, symbol, governing_body,
								       governing_body_short, place, head_title, sector, version
								from departments""")
							.query(Department.class)
							.list()
							.stream()
							.sorted(Comparator.comparing(Department::validFrom,
									Comparator.nullsFirst(Comparator.naturalOrder())))
							.collect(Collectors.groupingBy(Department::provinceId, Collectors.toUnmodifiableList())),
						this.jdbc.sql("select id, name from provinces")
							.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
							.list()
							.stream()
							.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue))));
	}

	private Department neutral(long provinceId, String province) {
		String name = this.messages.getMessage("department.neutral.name", new Object[] { province }, VIETNAMESE);
		return new Department(0, provinceId, null, null, name, name,
				this.messages.getMessage("department.neutral.symbol", null, VIETNAMESE),
				this.messages.getMessage("department.neutral.governingBody", new Object[] { province }, VIETNAMESE),
				this.messages.getMessage("department.neutral.governingBodyShort", new Object[] { province },
						VIETNAMESE),
				province, this.messages.getMessage("department.neutral.headTitle", null, VIETNAMESE),
				this.messages.getMessage("department.neutral.sector", null, VIETNAMESE), 0);
	}

}
