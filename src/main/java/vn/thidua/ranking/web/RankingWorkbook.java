package vn.thidua.ranking.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.stereotype.Component;

import vn.thidua.unit.Department;

import vn.thidua.ranking.Award;
import vn.thidua.ranking.ClusterRanking;
import vn.thidua.ranking.RankedUnit;
import vn.thidua.ranking.Proposals;
import vn.thidua.ranking.RankingView;
import vn.thidua.report.Subtotals;
import vn.thidua.rules.Rules;
import vn.thidua.shared.Formats;
import vn.thidua.shared.Points;
import vn.thidua.shared.document.DocumentWords;
import vn.thidua.shared.document.DownloadName;

/**
 * The rankings as an Excel workbook: a summary sheet of every cluster, then one sheet per
 * cluster. Vietnamese headers; points in a Vietnamese number format (decimal comma); the
 * header row frozen with an autofilter; columns as wide as their content.
 */
@Component
public class RankingWorkbook {

	/** Two decimals with Vietnamese separators ([$-42A] is the Vietnamese locale). */
	public static final String POINTS_FORMAT = "[$-42A]#,##0.00";

	private static final Locale VIETNAMESE = DocumentWords.VIETNAMESE;

	private static final int HEADER_ROW = 1;

	private final DocumentWords words;

	private final Clock clock;

	RankingWorkbook(DocumentWords words, Clock clock) {
		this.words = words;
		this.clock = clock;
	}

	byte[] render(RankingView view, Proposals proposals, Department department, String provinceName) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			// the period as the year's rules name it (a half-year where the province
			// scores
			// half-years)
			String period = view.isWholeYear() ? this.words.get("doc.rankings.year", view.year())
					: view.rules().periodInSentence(view.quarter(), view.year());
			String title = this.words.get(view.isFinalized() ? "doc.rankings.titleFinal" : "doc.rankings.title", period,
					department.name(), provinceName);
			List<RowData> all = new ArrayList<>();
			view.clusters().forEach((c) -> c.rows().forEach((r) -> all.add(new RowData(c, r))));
			sheet(workbook, this.words.get("doc.rankings.summary"), title, all, true, view, proposals, styles,
					department.nameUpper());
			for (ClusterRanking cluster : view.clusters()) {
				sheet(workbook, WorkbookUtil.createSafeSheetName(cluster.clusterName()),
						this.words.get("doc.rankings.clusterTitle", title, cluster.clusterName(), cluster.leaderName()),
						cluster.rows().stream().map((r) -> new RowData(cluster, r)).toList(), false, view, proposals,
						styles, department.nameUpper());
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The name the workbook is downloaded by, its period as the year's rules name it:
	 * "Xếp-hạng-thi-đua-quý-I-2014.xlsx", "Xếp-hạng-thi-đua-năm-2014.xlsx".
	 */
	String fileName(RankingView view) {
		return DownloadName.of("xlsx", this.words.get("doc.rankings.file"),
				view.isWholeYear() ? this.words.get("doc.rankings.year", view.year())
						: view.rules().periodInSentence(view.quarter(), view.year()));
	}

	private void sheet(XSSFWorkbook workbook, String name, String title, List<RowData> rows, boolean withCluster,
			RankingView view, Proposals proposals, Styles styles, String agency) {
		Sheet sheet = workbook.createSheet(name);
		List<String> headers = new ArrayList<>();
		if (withCluster) {
			headers.add(this.words.get("doc.rankings.cluster"));
		}
		String rankHeader = this.words.list("doc.rankings.columnsHead").get(0);
		headers.addAll(this.words.list("doc.rankings.columnsHead"));
		if (view.isWholeYear()) {
			headers.add(this.words.get("doc.rankings.proposal"));
		}
		headers.add(this.words.get("doc.rankings.note"));
		int[] widths = new int[headers.size()];

		Row titleRow = sheet.createRow(0);
		text(titleRow, 0, title, styles.title, widths, false);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
		Row header = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < headers.size(); c++) {
			// headers wrap: they need not widen a column past 11 characters
			text(header, c, headers.get(c), styles.header, widths, false);
			measure(widths, c, headers.get(c).substring(0, Math.min(11, headers.get(c).length())));
		}
		header.setHeightInPoints(48);
		int r = HEADER_ROW + 1;
		for (RowData data : rows) {
			Row row = sheet.createRow(r++);
			int c = 0;
			if (withCluster) {
				text(row, c++, data.cluster().clusterName(), styles.text, widths, true);
			}
			RankedUnit d = data.row();
			Cell rank = row.createCell(c++);
			if (!d.isExcluded()) {
				rank.setCellValue(d.rank());
			}
			rank.setCellStyle(styles.integer);
			measure(widths, c - 1, rankHeader);
			text(row, c++, d.unitName(), styles.text, widths, true);
			Subtotals s = d.subtotals();
			for (BigDecimal value : List.of(s.general(), s.press(), s.publishing(), s.post(), s.telecom(), s.it(),
					s.bonus(), s.penalty(), d.total())) {
				Cell cell = row.createCell(c++);
				if (!d.isUnreported()) {
					cell.setCellValue(value.doubleValue());
				}
				cell.setCellStyle(styles.points);
				measure(widths, c - 1, "100,00");
			}
			text(row, c++, d.isUnreported() ? "—" : view.bandName(d.classification()), styles.text, widths, true);
			if (view.isWholeYear()) {
				Proposals.Answer answer = proposals.of(data.cluster(), d);
				text(row, c++, answer.isNone() ? message("Award.NONE") : view.titleName(answer.award()), styles.text,
						widths, true);
			}
			String note = note(d, view);
			if (view.isWholeYear()) {
				// where the proposal comes from, and whether it is outside the rules
				List<String> said = new ArrayList<>();
				Proposals.Source source = proposals.of(data.cluster(), d).source();
				if (source != Proposals.Source.RULES) {
					said.add(message("Proposals.Source." + source.name()));
				}
				if (proposals.outsideRules(data.cluster(), d, view.rules())) {
					said.add(message("ranking.outsideRules"));
				}
				if (!note.isEmpty()) {
					said.add(note);
				}
				note = String.join("; ", said);
			}
			text(row, c, note, styles.text, widths, true);
		}
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, Math.min(60, Math.max(8, widths[c] + 2)) * 256);
		}
		sheet.createFreezePane(0, HEADER_ROW + 1);
		if (!rows.isEmpty()) {
			sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, headers.size() - 1));
		}
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		// on paper: the header row on every page, the agency at the top, page numbers
		sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
		sheet.getHeader().setLeft("&\"Times New Roman,Bold\"" + agency);
		// the day as text: Excel's &D field follows the computer's locale (12/03/2026 on
		// 3 December with an English Windows)
		sheet.getHeader()
			.setRight("&\"Times New Roman,Italic\"" + this.words.get("doc.sheet.printed",
					Formats.date(LocalDate.now(this.clock.withZone(ZoneId.of("Asia/Ho_Chi_Minh"))))));
		sheet.getFooter().setCenter("&\"Times New Roman\"" + this.words.get("doc.sheet.page") + " &P/&N");
	}

	private String note(RankedUnit row, RankingView view) {
		List<String> notes = new ArrayList<>();
		if (!row.missingQuarters().isEmpty()) {
			notes.add(this.words.get("doc.rankings.missing", view.periodsText(row.missingQuarters())));
		}
		if (!row.lateQuarters().isEmpty()) {
			notes.add(this.words.get("doc.rankings.late", view.periodsText(row.lateQuarters())));
		}
		if (row.isExcluded()) {
			notes.add(message("ExclusionKind." + row.exclusion().kind().name())
					+ ((row.exclusion().note() == null || row.exclusion().note().isEmpty()) ? ""
							: ": " + row.exclusion().note()));
		}
		if (row.isOverridden()) {
			notes.add(this.words.get("doc.rankings.overridden", row.overrideReason()));
		}
		Rules.FloorMiss miss = row.floorMiss();
		if (miss != null) {
			notes.add(this.words.get("ranking.floorMiss." + miss.scope().name(), miss.bandName(), miss.item(),
					Points.format(miss.share(), VIETNAMESE), miss.floorPercent()));
		}
		return String.join("; ", notes);
	}

	private static void text(Row row, int column, String value, CellStyle style, int[] widths, boolean measure) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		cell.setCellStyle(style);
		if (measure) {
			measure(widths, column, value);
		}
	}

	private static void measure(int[] widths, int column, String value) {
		widths[column] = Math.max(widths[column], value.length());
	}

	private String message(String key) {
		return this.words.get(key);
	}

	private record RowData(ClusterRanking cluster, RankedUnit row) {
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
			bold.setFontName("Times New Roman");
			bold.setFontHeightInPoints((short) 12);
			Font plain = workbook.createFont();
			plain.setFontName("Times New Roman");
			plain.setFontHeightInPoints((short) 12);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontName("Times New Roman");
			big.setFontHeightInPoints((short) 14);
			this.title = workbook.createCellStyle();
			this.title.setFont(big);
			this.header = bordered(workbook, bold);
			this.header.setAlignment(HorizontalAlignment.CENTER);
			this.header.setVerticalAlignment(VerticalAlignment.CENTER);
			this.header.setWrapText(true);
			this.header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
			this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.text = bordered(workbook, plain);
			this.points = bordered(workbook, plain);
			this.points.setDataFormat(workbook.createDataFormat().getFormat(POINTS_FORMAT));
			this.integer = bordered(workbook, plain);
			this.integer.setAlignment(HorizontalAlignment.CENTER);
		}

		private static CellStyle bordered(XSSFWorkbook workbook, Font font) {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

}
