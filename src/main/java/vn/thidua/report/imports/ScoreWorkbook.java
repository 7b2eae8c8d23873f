package vn.thidua.report.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.thidua.criteria.CriteriaTree;
import vn.thidua.criteria.Criterion;
import vn.thidua.unit.Unit;
import vn.thidua.report.ReportSheet;
import vn.thidua.report.domain.Score;
import vn.thidua.shared.Points;
import vn.thidua.shared.document.DocumentWords;

/**
 * The Excel form of a report's points: a template to download (a row per member unit, a
 * column per criterion, with codes, maxima and units in the header rows) and the reading
 * of a filled one, cell by cell, with every wrong cell named by its address ("Ô F12: 9,5
 * vượt điểm tối đa 8"). A measured criterion's column takes the measured value.
 */
public final class ScoreWorkbook {

	/**
	 * Rows of the sheet: title, codes, names, maxima, units, then one row per unit.
	 */
	static final int CODE_ROW = 1;

	static final int FIRST_DATA_ROW = 5;

	/** Columns: the unit's code, its name, then one per criterion. */
	static final int FIRST_CRITERION_COLUMN = 2;

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	/** Rows a filled template may have beyond its units (notes, a signature line). */
	static final int SLACK_ROWS = 20;

	/** Columns a filled template may have beyond its criteria (a total, a note). */
	static final int SLACK_COLUMNS = 5;

	private ScoreWorkbook() {
	}

	/**
	 * The template of a report, filled with the leader's points (or values) saved so far.
	 */
	public static byte[] template(ReportSheet sheet, DocumentWords words) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet table = workbook.createSheet(words.get("doc.scores.sheet"));
			CellStyle bold = workbook.createCellStyle();
			XSSFFont font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setWrapText(true);
			CellStyle number = workbook.createCellStyle();
			number.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
			List<Criterion> criteria = criteria(sheet);
			Row title = table.createRow(0);
			title.createCell(0)
				.setCellValue(words.get("doc.scores.title", sheet.cluster().getName(), sheet.periodInSentence()));
			Row codes = table.createRow(CODE_ROW);
			Row names = table.createRow(CODE_ROW + 1);
			Row maxima = table.createRow(CODE_ROW + 2);
			Row units = table.createRow(CODE_ROW + 3);
			text(codes, 0, words.get("doc.scores.unitCode"), bold);
			text(codes, 1, words.get("doc.scores.unit"), bold);
			text(names, 1, words.get("doc.scores.criterion"), bold);
			text(maxima, 1, words.get("doc.scores.max"), bold);
			text(units, 1, words.get("doc.scores.enter"), bold);
			for (int c = 0; c < criteria.size(); c++) {
				Criterion criterion = criteria.get(c);
				int column = FIRST_CRITERION_COLUMN + c;
				text(codes, column, criterion.getCode(), bold);
				text(names, column, criterion.getTitle(), null);
				maxima.createCell(column).setCellValue(criterion.getMaxPoints().doubleValue());
				text(units, column,
						criterion.isMeasured()
								? words.get("doc.scores.measured",
										criterion.getMeasure().describe(criterion.getMaxPoints()))
								: words.get("doc.scores.points"),
						null);
				table.setColumnWidth(column, 12 * 256);
			}
			int r = FIRST_DATA_ROW;
			for (Unit unit : sheet.members()) {
				Row row = table.createRow(r++);
				row.createCell(0).setCellValue(unit.getCode());
				row.createCell(1).setCellValue(unit.getName());
				for (int c = 0; c < criteria.size(); c++) {
					Score score = sheet.score(unit.getId(), criteria.get(c).getId());
					BigDecimal saved = (score == null) ? null
							: criteria.get(c).isMeasured() ? score.getMeasuredValue() : score.getLeaderPoints();
					if (saved != null) {
						Cell cell = row.createCell(FIRST_CRITERION_COLUMN + c);
						cell.setCellValue(saved.doubleValue());
						cell.setCellStyle(number);
					}
				}
			}
			table.setColumnWidth(1, 22 * 256);
			table.createFreezePane(FIRST_CRITERION_COLUMN, FIRST_DATA_ROW);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What a file holds for the report, or why not: the values by score key, and every
	 * wrong cell or row.
	 *
	 * @param values points (or measured values) by {@link ReportSheet#key}
	 * @param problems what is wrong, each with its cell or row
	 * @param rows how many unit rows were read
	 */
	public record Reading(Map<String, BigDecimal> values, List<MessageSourceResolvable> problems, int rows) {

		public boolean isClean() {
			return this.problems.isEmpty();
		}

	}

	/** Reads a filled template; nothing is saved here. */
	public static Reading read(byte[] content, ReportSheet sheet) {
		List<MessageSourceResolvable> problems = new ArrayList<>();
		if (content.length == 0) {
			return refused(problem("empty"));
		}
		if (content.length > MAX_BYTES) {
			return refused(problem("tooLarge"));
		}
		if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
			return refused(problem("oldOrLocked"));
		}
		if (content.length < 4 || content[0] != 'P' || content[1] != 'K') {
			return refused(problem("notXlsx"));
		}
		List<Criterion> all = criteria(sheet);
		int maxRows = FIRST_DATA_ROW + sheet.members().size() + SLACK_ROWS;
		int maxCells = maxRows * (FIRST_CRITERION_COLUMN + all.size() + SLACK_COLUMNS);
		try {
			Optional<MessageSourceResolvable> excess = SheetBounds.excess(content, maxRows, maxCells);
			if (excess.isPresent()) {
				return refused(excess.get());
			}
		}
		catch (IOException | RuntimeException ex) {
			return refused(problem("unreadable"));
		}
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet table = workbook.getSheetAt(0);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			DataFormatter formatter = new DataFormatter();
			Map<String, Criterion> byCode = new HashMap<>();
			criteria(sheet).forEach((c) -> byCode.put(c.getCode(), c));
			Row codes = table.getRow(CODE_ROW);
			Map<Integer, Criterion> columns = new LinkedHashMap<>();
			if (codes != null) {
				for (int c = FIRST_CRITERION_COLUMN; c < codes.getLastCellNum(); c++) {
					String code = formatter.formatCellValue(codes.getCell(c)).strip();
					if (code.isEmpty()) {
						continue;
					}
					Criterion criterion = byCode.get(code);
					if (criterion == null) {
						problems.add(problem("unknownCriterion", address(CODE_ROW, c), code));
					}
					else {
						columns.put(c, criterion);
					}
				}
			}
			if (columns.isEmpty()) {
				problems.add(problem("noCodeRow", CODE_ROW + 1));
				return new Reading(Map.of(), problems, 0);
			}
			Map<String, Unit> byUnitCode = new HashMap<>();
			Map<String, Unit> byUnitName = new HashMap<>();
			for (Unit unit : sheet.members()) {
				byUnitCode.put(unit.getCode(), unit);
				byUnitName.put(unit.getName(), unit);
			}
			Map<Long, Integer> seen = new HashMap<>();
			Map<String, BigDecimal> values = new LinkedHashMap<>();
			int rows = 0;
			for (int r = FIRST_DATA_ROW; r <= table.getLastRowNum(); r++) {
				Row row = table.getRow(r);
				if (row == null) {
					continue;
				}
				String code = formatter.formatCellValue(row.getCell(0)).strip();
				String name = formatter.formatCellValue(row.getCell(1)).strip();
				if (code.isEmpty() && name.isEmpty()) {
					continue;
				}
				rows++;
				Unit unit = byUnitCode.containsKey(code) ? byUnitCode.get(code) : byUnitName.get(name);
				if (unit == null) {
					problems
						.add(problem("unitOutside", r + 1, name.isEmpty() ? code : name, sheet.cluster().getName()));
					continue;
				}
				Integer before = seen.putIfAbsent(unit.getId(), r + 1);
				if (before != null) {
					problems.add(problem("unitRepeated", r + 1, unit.getName(), before));
					continue;
				}
				for (Map.Entry<Integer, Criterion> column : columns.entrySet()) {
					Cell cell = row.getCell(column.getKey());
					String at = address(r, column.getKey());
					BigDecimal value = value(cell, evaluator, formatter, at, problems);
					if (value == null) {
						continue;
					}
					Criterion criterion = column.getValue();
					if (!criterion.isMeasured() && value.compareTo(criterion.getMaxPoints()) > 0) {
						problems.add(problem("overMax", at, points(value), points(criterion.getMaxPoints())));
						continue;
					}
					values.put(ReportSheet.key(unit.getId(), criterion.getId()), value);
				}
			}
			return new Reading(values, problems, rows);
		}
		catch (EncryptedDocumentException ex) {
			return refused(problem("locked"));
		}
		catch (IOException | RuntimeException ex) {
			return refused(problem("unreadable"));
		}
	}

	/**
	 * A cell's number, or null if empty; a problem for text, a negative number or a
	 * formula out of the sheet.
	 */
	private static BigDecimal value(Cell cell, FormulaEvaluator evaluator, DataFormatter formatter, String at,
			List<MessageSourceResolvable> problems) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		CellType type = cell.getCellType();
		if (type == CellType.FORMULA) {
			String formula = cell.getCellFormula();
			if (formula.contains("!") || formula.contains("[")) {
				problems.add(problem("externalFormula", at, formula));
				return null;
			}
			try {
				type = evaluator.evaluateFormulaCell(cell);
			}
			catch (RuntimeException ex) {
				problems.add(problem("formula", at, formula));
				return null;
			}
		}
		BigDecimal value;
		if (type == CellType.NUMERIC) {
			value = BigDecimal.valueOf(cell.getNumericCellValue());
		}
		else if (type == CellType.STRING) {
			String text = cell.getStringCellValue().strip();
			if (text.isEmpty()) {
				return null;
			}
			try {
				value = new BigDecimal(text.replace(',', '.'));
			}
			catch (NumberFormatException ex) {
				problems.add(problem("notANumber", at, text));
				return null;
			}
		}
		else {
			problems.add(problem("notANumber", at, formatter.formatCellValue(cell)));
			return null;
		}
		if (value.signum() < 0) {
			problems.add(problem("negative", at, points(value)));
			return null;
		}
		BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
		// more than two decimals (a stored double's last-digit noise aside)
		if (value.subtract(rounded).abs().compareTo(new BigDecimal("0.000001")) > 0) {
			problems.add(problem("decimals", at, points(value)));
			return null;
		}
		return rounded;
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static Reading refused(MessageSourceResolvable problem) {
		return new Reading(Map.of(), List.of(problem), 0);
	}

	/**
	 * A problem of the file, worded where it is shown in the reader's language: the
	 * message {@code report.import.problem.<code>} with its arguments (whole numbers as
	 * written, a row never "1,000").
	 */
	static MessageSourceResolvable problem(String code, Object... args) {
		Object[] arguments = Arrays.stream(args).map((a) -> (a instanceof Integer) ? a.toString() : a).toArray();
		return new DefaultMessageSourceResolvable(new String[] { "report.import.problem." + code }, arguments);
	}

	private static String address(int row, int column) {
		return new CellReference(row, column).formatAsString(false);
	}

	private static String points(BigDecimal value) {
		return Points.format(value, DocumentWords.VIETNAMESE);
	}

	static List<Criterion> criteria(ReportSheet sheet) {
		List<Criterion> criteria = new ArrayList<>();
		for (CriteriaTree.Group group : sheet.criteria().groups()) {
			criteria.addAll(group.criteria());
		}
		return criteria;
	}

}
