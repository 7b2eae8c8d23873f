package vn.thidua.report.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.thidua.criteria.CriteriaTree;
import vn.thidua.criteria.Criterion;
import vn.thidua.unit.Unit;
import vn.thidua.report.ReportSheet;
import vn.thidua.report.domain.Score;
import vn.thidua.shared.Points;

/**
 * The points table of a report's page (criteria as rows, member units as columns), with
 * every cell's text worked out once per request: the template only writes strings out, so
 * 150-odd cells cost no method calls, sums or messages while the page renders.
 *
 * @param units the column headings, leader first
 * @param groups the criteria groups with their rows
 * @param totals each unit's total, in column order
 */
public record ScoreMatrix(List<String> units, List<GroupBlock> groups, List<String> totals) {

	/**
	 * A criteria group: its heading row and its criteria.
	 *
	 * @param heading "I. Hạ tầng…"
	 * @param max the group's maximum
	 * @param subtotals each unit's subtotal
	 * @param rows its criteria
	 */
	public record GroupBlock(String heading, String max, List<String> subtotals, List<CriterionRow> rows) {
	}

	/**
	 * A criterion.
	 *
	 * @param label "6.1 Cán bộ…"
	 * @param max its maximum
	 * @param cells each unit's cell
	 */
	public record CriterionRow(String label, String max, List<Cell> cells) {
	}

	/**
	 * A unit's points on a criterion.
	 *
	 * @param points the points that count now ("—" when none)
	 * @param note the note shown on hover, or {@code null}
	 * @param self "Tự chấm: 3" when the unit's own points differ, else {@code null}
	 */
	public record Cell(String points, String note, String self) {
	}

	public static ScoreMatrix of(ReportSheet sheet, MessageSource messages, Locale locale) {
		List<Unit> members = sheet.members();
		int n = members.size();
		BigDecimal[] totals = new BigDecimal[n];
		java.util.Arrays.fill(totals, BigDecimal.ZERO);
		List<GroupBlock> groups = new ArrayList<>();
		for (CriteriaTree.Group group : sheet.criteria().groups()) {
			BigDecimal[] subtotals = new BigDecimal[n];
			java.util.Arrays.fill(subtotals, BigDecimal.ZERO);
			List<CriterionRow> rows = new ArrayList<>();
			for (Criterion criterion : group.criteria()) {
				List<Cell> cells = new ArrayList<>(n);
				for (int i = 0; i < n; i++) {
					Score score = sheet.score(members.get(i).getId(), criterion.getId());
					BigDecimal counted = (score != null) ? score.getEffectivePoints() : null;
					if (counted != null) {
						subtotals[i] = subtotals[i].add(counted);
					}
					cells.add(cell(score, counted, messages, locale));
				}
				rows.add(new CriterionRow(criterion.getCode() + " " + criterion.getTitle(),
						Points.format(criterion.getMaxPoints(), locale), cells));
			}
			List<String> shown = new ArrayList<>(n);
			for (int i = 0; i < n; i++) {
				shown.add(Points.format(subtotals[i], locale));
				// score + bonus − penalty, as ReportSheet#total
				totals[i] = totals[i].add(group.group().getKind().counted(subtotals[i]));
			}
			groups.add(new GroupBlock(group.group().getCode() + ". " + group.group().getTitle(),
					Points.format(group.group().getMaxPoints(), locale), shown, rows));
		}
		return new ScoreMatrix(members.stream().map(Unit::getName).toList(), groups,
				java.util.Arrays.stream(totals).map((t) -> Points.format(t, locale)).toList());
	}

	private static Cell cell(Score score, BigDecimal counted, MessageSource messages, Locale locale) {
		if (score == null) {
			return new Cell(Points.format(null, locale), null, null);
		}
		BigDecimal self = score.getSelfPoints();
		String selfHint = (self != null && self.compareTo((counted != null) ? counted : self) != 0)
				? messages.getMessage("report.selfPoints", new Object[] { Points.format(self, locale) }, locale) : null;
		String note = (score.getNote() != null) ? score.getNote() : score.getLeaderNote();
		return new Cell(Points.format(counted, locale), note, selfHint);
	}

}
