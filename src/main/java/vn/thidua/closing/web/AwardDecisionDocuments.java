package vn.thidua.closing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.closing.AwardDecision;
import vn.thidua.rules.Rules;
import vn.thidua.shared.Formats;
import vn.thidua.shared.Points;
import vn.thidua.shared.document.AdministrativeDocument;
import vn.thidua.shared.document.DocumentWords;
import vn.thidua.unit.Department;

/**
 * The province's finalized award list: the Excel list of every proposal with the
 * council's decision, and the draft decision (dự thảo quyết định) "tặng Cờ thi đua, Bằng
 * khen" with its annex table of the accepted units, in the administrative format; their
 * words are the {@code doc.awards.*} and {@code doc.decision.*} entries of the documents
 * bundle.
 */
final class AwardDecisionDocuments {

	private static final Locale VIETNAMESE = DocumentWords.VIETNAMESE;

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final String POINTS_FORMAT = "[$-42A]#,##0.00";

	private AwardDecisionDocuments() {
	}

	/**
	 * The finalized list as a workbook: the units awarded on the first sheet, the
	 * proposals not accepted with the council's reasons on their own; each sheet prints
	 * on A4 landscape, one page wide, with its title and its header repeated.
	 */
	static byte[] workbook(AwardDecision decision, Department department, String provinceName, DocumentWords words) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			String finalized = Formats.date(decision.getFinalizedAt().atZone(VIETNAM).toLocalDate());
			Object[] of = { decision.getYear(), department.name(), provinceName, finalized };
			List<AwardDecision.Item> notAccepted = decision.getItems().stream().filter((i) -> !i.isAccepted()).toList();
			sheet(workbook, styles, words, words.get("doc.awards.accepted"), words.get("doc.awards.accepted.title", of),
					decision.getAccepted(), false);
			if (!notAccepted.isEmpty()) {
				sheet(workbook, styles, words, words.get("doc.awards.notAccepted"),
						words.get("doc.awards.notAccepted.title", of), notAccepted, true);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void sheet(XSSFWorkbook workbook, Styles styles, DocumentWords words, String name, String titleText,
			List<AwardDecision.Item> items, boolean withReason) {
		Sheet sheet = workbook.createSheet(name);
		List<String> headers = new ArrayList<>(words.list("doc.awards.columnsHead"));
		List<Integer> widths = new ArrayList<>(List.of(6, 24, 22, 16, 10, 11, 12, 9, 10));
		if (withReason) {
			headers.add(words.get("doc.awards.reason"));
			widths.add(40);
		}
		Row titleRow = sheet.createRow(0);
		Cell titleCell = titleRow.createCell(0);
		titleCell.setCellValue(titleText);
		titleCell.setCellStyle(styles.title);
		titleRow.setHeightInPoints(36);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
		Row head = sheet.createRow(1);
		for (int c = 0; c < headers.size(); c++) {
			Cell cell = head.createCell(c);
			cell.setCellValue(headers.get(c));
			cell.setCellStyle(styles.header);
			sheet.setColumnWidth(c, widths.get(c) * 256);
		}
		head.setHeightInPoints(32);
		int r = 2;
		for (AwardDecision.Item item : items) {
			Row row = sheet.createRow(r);
			int c = 0;
			number(row, c++, r - 1, styles.integer);
			string(row, c++, item.getClusterName(), styles.text);
			string(row, c++, item.getUnitName(), styles.text);
			string(row, c++, item.getAwardName(), styles.text);
			number(row, c++, item.getRank(), styles.integer);
			Cell total = row.createCell(c++);
			total.setCellValue(item.getTotal().doubleValue());
			total.setCellStyle(styles.points);
			string(row, c++, item.getBandName(), styles.text);
			number(row, c++, item.getVotes(), styles.integer);
			number(row, c++, item.getBallotsValid(), styles.integer);
			if (withReason) {
				string(row, c, (item.getReason() != null) ? item.getReason() : "", styles.text);
			}
			r++;
		}
		sheet.createFreezePane(0, 2);
		if (r > 2) {
			sheet.setAutoFilter(new CellRangeAddress(1, r - 1, 0, headers.size() - 1));
		}
		// A4 landscape, one page wide, the header on every page
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.getPrintSetup().setLandscape(true);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setHorizontallyCenter(true);
		sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
		sheet.getFooter().setCenter("&\"Times New Roman\"" + words.get("doc.sheet.page") + " &P/&N");
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle text;

		final CellStyle points;

		final CellStyle integer;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			bold.setFontHeightInPoints((short) 13);
			this.title = workbook.createCellStyle();
			this.title.setFont(bold);
			this.title.setWrapText(true);
			this.title.setAlignment(HorizontalAlignment.CENTER);
			this.title.setVerticalAlignment(VerticalAlignment.CENTER);
			Font headerFont = workbook.createFont();
			headerFont.setBold(true);
			this.header = bordered(workbook);
			this.header.setFont(headerFont);
			this.header.setWrapText(true);
			this.header.setAlignment(HorizontalAlignment.CENTER);
			this.header.setVerticalAlignment(VerticalAlignment.CENTER);
			this.text = bordered(workbook);
			this.text.setWrapText(true);
			this.text.setVerticalAlignment(VerticalAlignment.TOP);
			this.points = bordered(workbook);
			this.points.setDataFormat(workbook.createDataFormat().getFormat(POINTS_FORMAT));
			this.points.setVerticalAlignment(VerticalAlignment.TOP);
			this.integer = bordered(workbook);
			this.integer.setVerticalAlignment(VerticalAlignment.TOP);
		}

	}

	static byte[] draftDecision(AwardDecision decision, Rules rules, Department department, DocumentWords words) {
		int year = decision.getYear();
		AdministrativeDocument document = new AdministrativeDocument(new AdministrativeDocument.Header(null,
				department.governingBodyUpper(), words.get("doc.decision.number"), department.place(), null));
		List<AwardDecision.Item> accepted = decision.getAccepted();
		List<String> awards = accepted.stream().map(AwardDecision.Item::getAwardName).distinct().toList();
		String awardNames = awards.isEmpty() ? words.get("doc.decision.anyAwards") : String.join(", ", awards);
		document.title(words.get("doc.decision"),
				words.get("doc.decision.subject", awardNames, achievement(accepted, words), department.sector(), year));
		document.heading(words.get("doc.decision.signerHeading", department.governingBodyUpper()));
		rules.basisLines(accepted.stream().map(AwardDecision.Item::getAward).distinct().toList())
			.forEach((line) -> document.text(words.get("doc.basis", line)));
		document.text(words.get("doc.decision.basis", year));
		document.text(words.get("doc.decision.proposedBy", department.headTitle(), department.name()));
		document.heading(words.get("doc.decision.decides"));
		int article = 1;
		for (String award : awards) {
			List<AwardDecision.Item> given = accepted.stream().filter((i) -> i.getAwardName().equals(award)).toList();
			document
				.text(words.get("doc.decision.award", article++, award, given.size(), achievement(given, words), year));
		}
		if (awards.isEmpty()) {
			document.text(words.get("doc.decision.none", article++));
		}
		document.text(words.get("doc.decision.effect", article++));
		document.text(words.get("doc.decision.execution", article, department.governingBody(), department.headTitle(),
				department.name()));
		document.signature(
				List.of(words.get("doc.decision.recipientArticle", article),
						words.get("doc.recipient", department.name()), words.get("doc.recipient.archive")),
				words.get("doc.decision.signer"), "");
		document.pageBreak();
		document.title(words.get("doc.decision.annex"), words.get("doc.decision.annex.subject", awardNames, year));
		document.caption(words.get("doc.decision.annex.caption", department.governingBody()));
		List<List<String>> rows = new ArrayList<>();
		int order = 1;
		for (AwardDecision.Item item : accepted) {
			rows.add(List.of(Integer.toString(order++), item.getUnitName(), item.getClusterName(), item.getAwardName(),
					Points.format(item.getTotal(), VIETNAMESE), item.getBandName()));
		}
		document.table(words.list("doc.decision.annex.columnsHead"), rows, 4, 8, 30, 16, 20, 12, 14);
		return document.toBytes();
	}

	/**
	 * The achievement the decision names: the units' band when they share one ("thành
	 * tích xuất sắc" for units of the Xuất sắc band, "thành tích tốt" for Tốt), plain
	 * "thành tích" when their bands differ, so the wording never claims more than the
	 * annex shows.
	 */
	static String achievement(List<AwardDecision.Item> items, DocumentWords words) {
		List<String> bands = items.stream().map(AwardDecision.Item::getBandName).distinct().toList();
		return (bands.size() == 1 && !"—".equals(bands.get(0)))
				? words.get("doc.decision.achievement.band", bands.get(0).toLowerCase(VIETNAMESE))
				: words.get("doc.decision.achievement");
	}

	private static CellStyle bordered(XSSFWorkbook workbook) {
		CellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		return style;
	}

	private static void string(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

	private static void number(Row row, int column, int value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
	}

}
