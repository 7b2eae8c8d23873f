package vn.thidua.unit;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The lineage of units: what a unit was formed from and what was formed from it, walked
 * through both links a unit has to earlier ones: the units it was formed from (merged,
 * split, renamed, retyped) and the unit it lay within (a commune in its district). So the
 * commune Anh Sơn of 2025 reaches thị trấn Kim Nhan and, through it, huyện Anh Sơn; huyện
 * Anh Sơn reaches the communes formed from its communes.
 */
@Component
class UnitLineage {

	private final JdbcClient jdbc;

	UnitLineage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A unit related to another by lineage.
	 *
	 * @param id the unit
	 * @param code its code
	 * @param name its name
	 * @param type its type
	 * @param validFrom first day, or {@code null}
	 * @param validTo last day, or {@code null}
	 * @param kind how it is related: a lineage kind ({@code MERGED} …) for a unit formed
	 * from or into it directly, {@code WITHIN} for the unit an earlier one lay within,
	 * {@code CONTAINED} for one that lay within it
	 * @param effective the day of the change, or {@code null} for containment
	 * @param depth 1 for a direct link, more through others
	 */
	record Related(long id, String code, String name, UnitType type, LocalDate validFrom, LocalDate validTo,
			String kind, LocalDate effective, int depth) {
	}

	/**
	 * The units it was formed from, directly and through them, with the units those lay
	 * within; nearest first.
	 */
	List<Related> earlier(long unitId) {
		return walk(unitId, "child", "parent",
				"distinct on (id) id, kind, effective, depth from walk order by id, depth");
	}

	/**
	 * The units formed from it, directly or from the units that lay within it; nearest
	 * first. A unit that lay within it is {@code CONTAINED}.
	 */
	List<Related> later(long unitId) {
		return walk(unitId, "parent", "child",
				"distinct on (id) id, kind, effective, depth from walk order by id, (kind = 'CONTAINED'), depth");
	}

	/**
	 * A unit related by lineage to one of several origins.
	 *
	 * @param origin the unit asked about
	 * @param id a unit formed from it (or, asked for the earlier ones, one it was formed
	 * from or lay within)
	 * @param depth the steps between them
	 */
	record Successor(long origin, long id, int depth) {
	}

	/**
	 * For several units at once (one statement), the units formed from each, directly,
	 * through others, or from the units that lay within it (a district's communes and
	 * what they were merged into).
	 */
	List<Successor> later(java.util.Collection<Long> unitIds) {
		return this.jdbc.sql("""
				with recursive links (child, parent, contained) as (
				    select unit_id, predecessor_id, false from unit_lineage
				    union all
				    select id, parent_id, true from units where parent_id is not null
				),
				walk (origin, id, depth) as (
				    select l.parent, l.child, 1 from links l where l.parent in (:ids)
				    union
				    select walk.origin, l.child, walk.depth + 1
				    from walk join links l on l.parent = walk.id
				    where walk.depth < 20 and not l.contained
				)
				select origin, id, min(depth) as depth from walk where id not in (:ids)
				group by origin, id order by origin, depth, id""").param("ids", unitIds).query(Successor.class).list();
	}

	/**
	 * For several units at once (one statement), the units each was formed from, directly
	 * and through them, with the units those lay within.
	 */
	List<Successor> earlier(java.util.Collection<Long> unitIds) {
		return this.jdbc.sql("""
				with recursive links (child, parent) as (
				    select unit_id, predecessor_id from unit_lineage
				    union all
				    select id, parent_id from units where parent_id is not null
				),
				walk (origin, id, depth) as (
				    select l.child, l.parent, 1 from links l where l.child in (:ids)
				    union
				    select walk.origin, l.parent, walk.depth + 1
				    from walk join links l on l.child = walk.id
				    where walk.depth < 20
				)
				select origin, id, min(depth) as depth from walk where id <> origin
				group by origin, id order by origin, depth, id""").param("ids", unitIds).query(Successor.class).list();
	}

	/**
	 * Walks the links (lineage and containment) from the unit in one direction: from
	 * child to parent for the earlier units, the other way for the later ones. A
	 * containment link is followed only from the unit itself when walking down (the
	 * communes of a district), at any step when walking up.
	 */
	private List<Related> walk(long unitId, String from, String to, String pick) {
		String within = from.equals("child") ? "'WITHIN'" : "'CONTAINED'";
		return this.jdbc
			.sql("""
					with recursive links (child, parent, kind, effective) as (
					    select unit_id, predecessor_id, kind, effective from unit_lineage
					    union all
					    select id, parent_id, %4$s, null::date from units where parent_id is not null
					),
					walk (id, kind, effective, depth) as (
					    select l.%2$s, l.kind, l.effective, 1 from links l where l.%1$s = :id
					    union
					    select l.%2$s, l.kind, l.effective, walk.depth + 1
					    from walk join links l on l.%1$s = walk.id
					    where walk.depth < 20 and (%5$s or l.kind <> 'CONTAINED')
					)
					select u.id, u.code, u.name, u.type, u.valid_from, u.valid_to, r.kind, r.effective, r.depth
					from (select %3$s) r
					join units u on u.id = r.id
					where u.id <> :id
					order by r.depth, u.level, u.name""".formatted(from, to, pick, within,
					from.equals("child") ? "true" : "false"))
			.param("id", unitId)
			.query(Related.class)
			.list();
	}

}
