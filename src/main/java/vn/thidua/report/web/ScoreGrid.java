package vn.thidua.report.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import vn.thidua.criteria.CriteriaTree;
import vn.thidua.criteria.Criterion;
import vn.thidua.criteria.Measure;
import vn.thidua.unit.Unit;
import vn.thidua.report.ReportSheet;
import vn.thidua.report.domain.Score;
import vn.thidua.shared.Points;

/**
 * What a points page shows, worked out once per request: one panel per unit (the leader's
 * editor: every member; the self-assessment: the officer's unit), each with its criteria
 * rows, the value of each input as typed or saved, its message if refused, its note and
 * whether the note must be open. The template only writes these out: the page's 300-odd
 * inputs cost no per-field binding lookups, and every refused field is listed at the top
 * with a link to it.
 *
 * The leader's editor sends one unit's rows with the page (the one asked for, or the
 * first); the others' panels come empty ({@link Panel#loaded()} false: name and total
 * only) and their rows are fetched when chosen, so the page costs one unit's rows, not
 * every member's.
 *
 * @param panels the units' panels, leader first
 * @param problems every refused field, in page order
 * @param selected the unit whose panel is shown first
 */
public record ScoreGrid(List<Panel> panels, List<Problem> problems, long selected) {

	/** Every unit's rows (the self-assessment, a refused editor). */
	public static final Predicate<Long> ALL = (unit) -> true;

	/**
	 * One unit.
	 *
	 * @param unitId the unit
	 * @param name its name
	 * @param groups its rows by criteria group
	 * @param problems how many of its fields are refused
	 * @param loaded whether its rows are on the page (else fetched when chosen)
	 * @param text its texts as the page writes them
	 */
	public record Panel(long unitId, String name, List<GroupRows> groups, int problems, boolean loaded,
			PanelText text) {
	}

	/**
	 * A panel's texts, worked out with the grid.
	 *
	 * @param total its total of the points shown (score + bonus − penalty), formatted
	 * @param loading "Đang tải điểm của …" (a panel whose rows are fetched when chosen;
	 * {@code null} when loaded)
	 * @param failed what the panel says if its rows could not be fetched ({@code null}
	 * when loaded)
	 * @param open the label of the button that saves the draft and opens the unit
	 * (without the script; {@code null} when loaded)
	 */
	public record PanelText(String total, String loading, String failed, String open) {
	}

	/**
	 * A criteria group of a panel.
	 *
	 * @param groupId the group
	 * @param sign +1 or −1 (penalties)
	 * @param rows its criteria
	 * @param text its texts as the page writes them
	 */
	public record GroupRows(long groupId, int sign, List<Row> rows, GroupText text) {
	}

	/**
	 * A group's texts, worked out with the grid.
	 *
	 * @param heading "A. Công tác…"
	 * @param subtotal the subtotal, formatted
	 * @param max "tối đa 30"
	 * @param subtotalKey {@code unit_group}: the subtotal cell's key for the page's
	 * script
	 */
	public record GroupText(String heading, String subtotal, String max, String subtotalKey) {
	}

	/**
	 * One input (and its note).
	 *
	 * @param key the form key ({@code unit_criterion}, or the criterion for a
	 * self-assessment)
	 * @param max the criterion's maximum
	 * @param value the input's value: as typed after a refusal, else as saved
	 * @param error the input's message, or {@code null}
	 * @param note the note
	 * @param noteError the note's message, or {@code null}
	 * @param noteOpen whether the note is shown (written, refused, or required because
	 * the points differ from the self-assessment)
	 * @param measure how a measured criterion's value becomes points, or {@code null}
	 * @param measuredValue the unit's measured value: as typed after a refusal, else as
	 * saved ("" when none)
	 * @param measuredError the value's message, or {@code null}
	 */
	public record Row(String key, BigDecimal max, String value, String error, String note, String noteError,
			boolean noteOpen, Measure measure, String measuredValue, String measuredError, Text text) {

		public boolean isMeasured() {
			return this.measure != null;
		}

		public String valueId() {
			return "value-" + this.key;
		}

		public String pointsId() {
			return "points-" + this.key;
		}

		public String noteId() {
			return "note-" + this.key;
		}

		public String pointsName() {
			return "points[" + this.key + "]";
		}

		public String noteName() {
			return "notes[" + this.key + "]";
		}

		public String pointsClass() {
			return (this.error != null) ? "form-control form-control-sm points-input is-invalid"
					: "form-control form-control-sm points-input";
		}

		public String noteClass() {
			return (this.noteError != null) ? "form-control form-control-sm note-input is-invalid"
					: "form-control form-control-sm note-input";
		}

		/** The id of the points' message, when refused. */
		public String errorId() {
			return (this.error != null) ? pointsId() + "-error" : null;
		}

		/** The id of the note's message, when refused. */
		public String noteErrorId() {
			return (this.noteError != null) ? noteId() + "-error" : null;
		}

	}

	/**
	 * A row's texts as the page writes them, worked out with the grid (a page of rows
	 * costs no formatting or messages while it renders).
	 *
	 * @param label "6.1 Cán bộ…", the points field's label
	 * @param labelFor the id of the field the label names (the measured value on a unit's
	 * own page, else the points)
	 * @param max the maximum, formatted
	 * @param self the unit's own points, formatted ("—" when none; shown to the leader)
	 * @param noteLabel "Ghi chú Diễn Châu – 6.1", the note field's accessible name
	 * @param valueInput whether the measured value is the row's input (a unit's own page)
	 * rather than the points
	 */
	public record Text(String label, String labelFor, String max, String self, String noteLabel, boolean valueInput) {
	}

	/**
	 * A refused field, for the list at the top of the page.
	 *
	 * @param anchor the id of the field
	 * @param unitId the unit's panel
	 * @param label "Diễn Châu – 6.1"
	 * @param message what is wrong
	 */
	public record Problem(String anchor, long unitId, String label, String message) {
	}

	/**
	 * The grid of a sheet and a form as bound ({@code errors}).
	 * @param units the units shown
	 * @param keyOf the form key of a score (the leader's form keys by unit and criterion,
	 * a self-assessment by criterion)
	 * @param selfShown whether the self-assessment column is shown (the leader's editor)
	 * @param rowsOf the units whose rows are on the page (the others: name and total)
	 * @param selected the unit shown first, one of {@code units}
	 */
	public static ScoreGrid of(ReportSheet sheet, List<Unit> units, Function<Score, String> keyOf, boolean selfShown,
			BindingResult errors, MessageSource messages, Locale locale, Predicate<Long> rowsOf, long selected) {
		List<Panel> panels = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		PointsForm form = (PointsForm) errors.getTarget();
		for (Unit unit : units) {
			List<GroupRows> groups = new ArrayList<>();
			BigDecimal total = BigDecimal.ZERO;
			int refused = 0;
			boolean loaded = rowsOf.test(unit.getId());
			for (CriteriaTree.Group group : sheet.criteria().groups()) {
				List<Row> rows = new ArrayList<>();
				BigDecimal subtotal = BigDecimal.ZERO;
				for (Criterion criterion : group.criteria()) {
					Score score = sheet.score(unit.getId(), criterion.getId());
					if (score == null) {
						continue;
					}
					String key = keyOf.apply(score);
					if (!loaded) {
						// the tab's total only: the points as the form holds them
						Points points = form.getPoints().get(key);
						subtotal = subtotal.add((points != null) ? points.value() : BigDecimal.ZERO);
						continue;
					}
					String points = "points[" + key + "]";
					String notes = "notes[" + key + "]";
					String value = value(errors, points, form.getPoints().get(key), locale);
					String error = message(errors.getFieldError(points), messages, locale);
					String note = value(errors, notes, form.getNotes().get(key), locale);
					String noteError = message(errors.getFieldError(notes), messages, locale);
					boolean differs = selfShown && score.getSelfPoints() != null && !value.isBlank()
							&& !same(value, score.getSelfPoints());
					String measuredField = "values[" + key + "]";
					String measured = "";
					String measuredError = null;
					if (criterion.isMeasured()) {
						FieldError wrong = errors.getFieldError(measuredField);
						// the unit's form holds its value as typed (or as saved); the
						// leader's page shows the saved value
						measured = (errors.getTarget() instanceof SelfAssessmentForm self)
								? text(self.getValues().get(key)) : Points.format(score.getMeasuredValue(), locale);
						measuredError = message(wrong, messages, locale);
						if (!selfShown && measuredError == null) {
							// the unit's page: the points are the formula's
							value = (score.getSelfPoints() != null) ? Points.format(score.getSelfPoints(), locale) : "";
						}
					}
					boolean valueInput = criterion.isMeasured() && !selfShown;
					BigDecimal self = selfShown ? score.getSelfPoints() : null;
					Text text = new Text(criterion.getCode() + " " + criterion.getTitle(),
							valueInput ? "value-" + key : "points-" + key,
							Points.format(criterion.getMaxPoints(), locale),
							(self != null) ? Points.format(self, locale) : "—", messages.getMessage("report.noteFor",
									new Object[] { unit.getName(), criterion.getCode() }, locale),
							valueInput);
					rows.add(new Row(key, criterion.getMaxPoints(), value, error, note, noteError,
							!note.isBlank() || noteError != null || differs, criterion.getMeasure(), measured,
							measuredError, text));
					if (measuredError != null) {
						problems.add(new Problem("value-" + key, unit.getId(),
								unit.getName() + " – " + criterion.getCode(), measuredError));
						refused++;
					}
					subtotal = subtotal.add(parsed(value));
					String label = unit.getName() + " – " + criterion.getCode();
					if (error != null) {
						problems.add(new Problem("points-" + key, unit.getId(), label, error));
						refused++;
					}
					if (noteError != null) {
						problems.add(new Problem("note-" + key, unit.getId(), label, noteError));
						refused++;
					}
				}
				int sign = group.group().getKind().sign();
				GroupText text = new GroupText(group.group().getCode() + ". " + group.group().getTitle(),
						Points.format(subtotal, locale),
						messages.getMessage("report.groupMax",
								new Object[] { Points.format(group.group().getMaxPoints(), locale) }, locale),
						unit.getId() + "_" + group.group().getId());
				groups.add(new GroupRows(group.group().getId(), sign, rows, text));
				total = total.add(group.group().getKind().counted(subtotal));
			}
			Object[] name = { unit.getName() };
			PanelText text = loaded ? new PanelText(Points.format(total, locale), null, null, null)
					: new PanelText(Points.format(total, locale),
							messages.getMessage("report.panel.loading", name, locale),
							messages.getMessage("report.panel.failed", name, locale),
							messages.getMessage("report.panel.open", name, locale));
			panels.add(new Panel(unit.getId(), unit.getName(), groups, refused, loaded, text));
		}
		return new ScoreGrid(panels, problems, selected);
	}

	/**
	 * The panel of a unit.
	 */
	public Panel panel(long unitId) {
		return this.panels.stream().filter((p) -> p.unitId() == unitId).findFirst().orElseThrow();
	}

	/**
	 * A field's value as the page shows it: as typed if refused at binding, else
	 * formatted ({@code raw}: the form's value, read from its map rather than through a
	 * property path for each of the page's fields).
	 */
	private static String value(BindingResult errors, String field, Object raw, Locale locale) {
		if (errors.hasFieldErrors()) {
			FieldError error = errors.getFieldError(field);
			if (error != null && error.isBindingFailure()) {
				return text(error.getRejectedValue());
			}
		}
		return (raw instanceof Points points) ? points.format(locale) : text(raw);
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static String message(FieldError error, MessageSource messages, Locale locale) {
		return (error != null) ? messages.getMessage(error, locale) : null;
	}

	/**
	 * Points of a value shown in a field, 0 when empty or not points (as the page's
	 * script).
	 */
	private static BigDecimal parsed(String value) {
		try {
			return value.isBlank() ? BigDecimal.ZERO : Points.parse(value).value();
		}
		catch (java.text.ParseException ex) {
			return BigDecimal.ZERO;
		}
	}

	private static boolean same(String value, BigDecimal points) {
		try {
			return Points.same(Points.parse(value).value(), points);
		}
		catch (java.text.ParseException ex) {
			return false;
		}
	}

}
