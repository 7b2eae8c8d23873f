package vn.thidua.unit.catalogue;

import java.time.LocalDate;
import java.util.List;

import vn.thidua.unit.UnitType;

/**
 * A catalogue as uploaded and checked: its unit rows and lineage rows, each with what is
 * wrong with it; the id it is kept by when every row is good, to be confirmed.
 *
 * @param pendingId the id of the kept files, or {@code null} when not kept
 */
public record Catalogue(Long pendingId, String unitsFile, String lineageFile, List<String> fileProblems,
		List<UnitRow> units, List<LineageRow> lineage) {

	/** A unit of the file: its cells, what they mean, and its problems. */
	public record UnitRow(CatalogueFile.Line line, String code, String name, UnitType type, String provinceCode,
			LocalDate validFrom, boolean known, List<String> problems) {

		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

	/** A lineage row: the new unit's code, the old one's, the day of the change. */
	public record LineageRow(CatalogueFile.Line line, String newCode, String oldCode, LocalDate date, boolean known,
			List<String> problems) {

		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

	public boolean ok() {
		return this.fileProblems.isEmpty() && this.units.stream().allMatch(UnitRow::ok)
				&& this.lineage.stream().allMatch(LineageRow::ok);
	}

	public long bad() {
		return this.units.stream().filter((r) -> !r.ok()).count()
				+ this.lineage.stream().filter((r) -> !r.ok()).count();
	}

	public long toAdd() {
		return this.units.stream().filter((r) -> r.ok() && !r.known()).count();
	}

	public long linksToAdd() {
		return this.lineage.stream().filter((r) -> r.ok() && !r.known()).count();
	}

	/** The same, kept by that id to be confirmed. */
	Catalogue pending(long id) {
		return new Catalogue(id, this.unitsFile, this.lineageFile, this.fileProblems, this.units, this.lineage);
	}

	/** The same lines, checked again (at the confirmation, against the data of then). */
	Catalogue with(List<String> fileProblems, List<UnitRow> units, List<LineageRow> lineage) {
		return new Catalogue(this.pendingId, this.unitsFile, this.lineageFile, fileProblems, units, lineage);
	}

}
