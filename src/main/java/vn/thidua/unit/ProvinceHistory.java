package vn.thidua.unit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.thidua.shared.CurrentUser;

/**
 * Provinces over time: a province formed on 1/7/2025 from others (Tuyên Quang from Tuyên
 * Quang and Hà Giang) has their history. Its department reads what its predecessors
 * recorded, never writes it; nobody else reads it; a province that ended takes no new
 * year.
 */
@Service
public class ProvinceHistory {

	private final JdbcClient jdbc;

	private volatile Map<Long, List<Long>> predecessors;

	ProvinceHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The provinces whose records the user reads: its own and, for the department, those
	 * its province was formed from (and theirs), own first.
	 */
	public List<Long> readableBy(CurrentUser user) {
		if (!user.role().isDepartment()) {
			return List.of(user.provinceId());
		}
		return withPredecessors(user.provinceId());
	}

	/** The province and every province it was formed from, directly or not. */
	public List<Long> withPredecessors(long provinceId) {
		Map<Long, List<Long>> links = links();
		Set<Long> seen = new LinkedHashSet<>();
		Deque<Long> next = new ArrayDeque<>(List.of(provinceId));
		while (!next.isEmpty()) {
			long id = next.pop();
			if (seen.add(id)) {
				next.addAll(links.getOrDefault(id, List.of()));
			}
		}
		return new ArrayList<>(seen);
	}

	/**
	 * The last year the province takes, {@code null} while it exists: a province that
	 * ended (merged into another) takes no year after its last day's.
	 */
	public Integer lastYear(long provinceId) {
		return this.jdbc.sql("select extract(year from valid_to)::int from provinces where id = ?")
			.param(provinceId)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	/** The name of the province a province was merged into, if it ended so. */
	public String successorName(long provinceId) {
		return this.jdbc
			.sql("select p.name from province_lineage l join provinces p on p.id = l.province_id "
					+ "where l.predecessor_id = ? order by p.id limit 1")
			.param(provinceId)
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private Map<Long, List<Long>> links() {
		Map<Long, List<Long>> links = this.predecessors;
		if (links == null) {
			links = this.jdbc.sql("select province_id, predecessor_id from province_lineage")
				.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
				.list()
				.stream()
				.collect(Collectors.groupingBy((l) -> l[0], Collectors.mapping((l) -> l[1], Collectors.toList())));
			this.predecessors = links;
		}
		return links;
	}

}
