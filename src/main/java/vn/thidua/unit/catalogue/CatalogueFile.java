package vn.thidua.unit.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rows of a catalogue file as text: a CSV (UTF-8, comma or semicolon, quotes as RFC
 * 4180 writes them) or the first sheet of an .xlsx. The first row is the header; blank
 * rows are dropped, each row keeps its line number in the file.
 */
public final class CatalogueFile {

	/** More rows than any province's catalogue has (Nghệ An: 563 units since 2014). */
	static final int MAX_ROWS = 20_000;

	private CatalogueFile() {
	}

	/** A row of the file, numbered as a spreadsheet shows it (the header is row 1). */
	public record Line(int number, List<String> cells) {

		public String cell(int index) {
			return (index < this.cells.size()) ? this.cells.get(index).strip() : "";
		}

	}

	static final class Unreadable extends Exception {

		private static final long serialVersionUID = 1L;

		Unreadable(String message) {
			super(message);
		}

	}

	static List<Line> read(String fileName, byte[] content) throws Unreadable {
		String name = (fileName != null) ? fileName.toLowerCase(java.util.Locale.ROOT) : "";
		boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K';
		List<Line> lines = (name.endsWith(".xlsx") || zip) ? xlsx(content) : csv(content);
		if (lines.size() > MAX_ROWS) {
			throw new Unreadable("unit.import.tooLong");
		}
		return lines;
	}

	private static List<Line> xlsx(byte[] content) throws Unreadable {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			if (sheet.getLastRowNum() > MAX_ROWS) {
				throw new Unreadable("unit.import.tooLong");
			}
			DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
			List<Line> lines = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < Math.min(row.getLastCellNum(), 20); c++) {
					Cell cell = row.getCell(c);
					if (cell == null) {
						cells.add("");
					}
					else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
						java.time.LocalDate day = cell.getLocalDateTimeCellValue().toLocalDate();
						cells.add(String.format("%02d/%02d/%04d", day.getDayOfMonth(), day.getMonthValue(),
								day.getYear()));
					}
					else {
						cells.add(format.formatCellValue(cell));
					}
				}
				add(lines, row.getRowNum() + 1, cells);
			}
			return lines;
		}
		catch (IOException | RuntimeException ex) {
			throw new Unreadable("unit.import.unreadable");
		}
	}

	private static List<Line> csv(byte[] content) throws Unreadable {
		String text = new String(content, StandardCharsets.UTF_8);
		if (text.indexOf('\uFFFD') >= 0) {
			throw new Unreadable("unit.import.notUtf8");
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int firstLine = text.indexOf('\n');
		String header = (firstLine >= 0) ? text.substring(0, firstLine) : text;
		char separator = (header.chars().filter((c) -> c == ';').count() > header.chars()
			.filter((c) -> c == ',')
			.count()) ? ';' : ',';
		List<Line> lines = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int start = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				add(lines, start, cells);
				cells = new ArrayList<>();
				line++;
				start = line;
				if (lines.size() > MAX_ROWS) {
					throw new Unreadable("unit.import.tooLong");
				}
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		add(lines, start, cells);
		return lines;
	}

	private static void add(List<Line> lines, int number, List<String> cells) {
		if (cells.stream().anyMatch((c) -> !c.isBlank())) {
			lines.add(new Line(number, List.copyOf(cells)));
		}
	}

}
