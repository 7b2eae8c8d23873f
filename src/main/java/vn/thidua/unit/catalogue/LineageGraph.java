package vn.thidua.unit.catalogue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The lineage as it would be with a catalogue's rows: each unit points to those it was
 * formed from. A row whose old unit already descends from its new one would make a loop
 * (a unit formed, in the end, from itself) and is refused with the loop named.
 */
final class LineageGraph {

	private final Map<String, List<String>> formedFrom = new HashMap<>();

	private final Map<String, String> names = new HashMap<>();

	private final Map<String, List<CatalogueCheck.Held>> held;

	private final Map<String, List<Catalogue.UnitRow>> units;

	LineageGraph(JdbcClient jdbc, List<CatalogueCheck.Held> held, List<Catalogue.UnitRow> units) {
		this.held = held.stream().collect(java.util.stream.Collectors.groupingBy(CatalogueCheck.Held::code));
		this.units = units.stream().collect(java.util.stream.Collectors.groupingBy(Catalogue.UnitRow::code));
		held.forEach((h) -> this.names.put("e" + h.id(), h.name()));
		units.forEach((u) -> this.names.put(key(u), u.name()));
		jdbc.sql("select unit_id, predecessor_id from unit_lineage")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach((l) -> this.formedFrom.computeIfAbsent("e" + l[0], (k) -> new ArrayList<>()).add("e" + l[1]));
	}

	List<Catalogue.LineageRow> loops(List<Catalogue.LineageRow> rows, BiFunction<String, Object[], String> text) {
		List<String[]> edges = new ArrayList<>();
		for (Catalogue.LineageRow row : rows) {
			String[] edge = edge(row);
			edges.add(edge);
			if (edge != null) {
				this.formedFrom.computeIfAbsent(edge[0], (k) -> new ArrayList<>()).add(edge[1]);
			}
		}
		List<Catalogue.LineageRow> checked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Catalogue.LineageRow row = rows.get(i);
			String[] edge = edges.get(i);
			List<String> path = (edge != null) ? path(edge[1], edge[0]) : null;
			if (path == null) {
				checked.add(row);
				continue;
			}
			List<String> loop = new ArrayList<>();
			loop.add(this.names.get(edge[0]));
			path.forEach((k) -> loop.add(this.names.get(k)));
			List<String> problems = new ArrayList<>(row.problems());
			problems.add(text.apply("unit.import.loop", new Object[] { String.join(" → ", loop) }));
			checked
				.add(new Catalogue.LineageRow(row.line(), row.newCode(), row.oldCode(), row.date(), false, problems));
		}
		return checked;
	}

	/** The new unit's node and the old unit's, or {@code null} when one is not found. */
	private String[] edge(Catalogue.LineageRow row) {
		if (row.date() == null) {
			return null;
		}
		String to = this.units.getOrDefault(row.newCode(), List.of())
			.stream()
			.filter((u) -> u.validFrom() != null && !u.validFrom().isAfter(row.date()))
			.map(LineageGraph::key)
			.findFirst()
			.orElseGet(() -> this.held.getOrDefault(row.newCode(), List.of())
				.stream()
				.filter((h) -> h.validOn(row.date()))
				.map((h) -> "e" + h.id())
				.findFirst()
				.orElse(null));
		String from = this.held.getOrDefault(row.oldCode(), List.of())
			.stream()
			.filter((h) -> h.validOn(row.date().minusDays(1)))
			.map((h) -> "e" + h.id())
			.findFirst()
			.orElseGet(() -> this.units.getOrDefault(row.oldCode(), List.of())
				.stream()
				.filter((u) -> u.validFrom() != null && u.validFrom().isBefore(row.date()))
				.map(LineageGraph::key)
				.findFirst()
				.orElse(null));
		return (to != null && from != null) ? new String[] { to, from } : null;
	}

	/** A path from one unit through what it was formed from to another, or null. */
	private List<String> path(String start, String goal) {
		Map<String, String> cameFrom = new HashMap<>();
		Deque<String> next = new ArrayDeque<>(List.of(start));
		cameFrom.put(start, null);
		while (!next.isEmpty()) {
			String at = next.pop();
			if (at.equals(goal)) {
				List<String> path = new ArrayList<>();
				for (String k = at; k != null; k = cameFrom.get(k)) {
					path.add(0, k);
				}
				return path;
			}
			for (String before : this.formedFrom.getOrDefault(at, List.of())) {
				if (!cameFrom.containsKey(before)) {
					cameFrom.put(before, at);
					next.add(before);
				}
			}
		}
		return null;
	}

	private static String key(Catalogue.UnitRow unit) {
		return "n" + unit.code() + "|" + unit.validFrom();
	}

}
