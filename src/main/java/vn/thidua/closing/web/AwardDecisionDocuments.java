package vn.thidua.closing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.closing.AwardDecision;
import vn.thidua.rules.Rules;
import vn.thidua.unit.Department;
import vn.thidua.shared.AdministrativeDocument;
import vn.thidua.shared.Points;

/**
 * The province's finalized award list: the Excel list of every proposal with the
 * council's decision, and the draft decision (dự thảo quyết định) "tặng Cờ thi đua, Bằng
 * khen" with its annex table of the accepted units, in the administrative format.
 */
final class AwardDecisionDocuments {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final String POINTS_FORMAT = "[$-42A]#,##0.00";

	private AwardDecisionDocuments() {
	}

	static byte[] workbook(AwardDecision decision, Department department, String provinceName) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Danh sách khen thưởng");
			CellStyle title = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			title.setFont(bold);
			CellStyle header = bordered(workbook);
			header.setFont(bold);
			header.setWrapText(true);
			header.setAlignment(HorizontalAlignment.CENTER);
			header.setVerticalAlignment(VerticalAlignment.CENTER);
			CellStyle text = bordered(workbook);
			text.setWrapText(true);
			text.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle points = bordered(workbook);
			points.setDataFormat(workbook.createDataFormat().getFormat(POINTS_FORMAT));
			CellStyle integer = bordered(workbook);
			List<String> headers = List.of("STT", "Cụm", "Đơn vị", "Hình thức", "Hạng trong cụm", "Tổng điểm",
					"Xếp loại", "Số phiếu", "Phiếu hợp lệ", "Quyết định", "Lý do");
			int[] widths = { 6, 12, 22, 16, 10, 11, 12, 9, 10, 18, 40 };
			Row titleRow = sheet.createRow(0);
			Cell titleCell = titleRow.createCell(0);
			titleCell.setCellValue("Danh sách khen thưởng thi đua năm " + decision.getYear() + " – " + department.name()
					+ " " + provinceName + " (chốt ngày "
					+ vn.thidua.shared.Formats
						.date(decision.getFinalizedAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate())
					+ ")");
			titleCell.setCellStyle(title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
			Row head = sheet.createRow(1);
			for (int c = 0; c < headers.size(); c++) {
				Cell cell = head.createCell(c);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(header);
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			int r = 2;
			for (AwardDecision.Item item : decision.getItems()) {
				Row row = sheet.createRow(r);
				int c = 0;
				number(row, c++, r - 1, integer);
				string(row, c++, item.getClusterName(), text);
				string(row, c++, item.getUnitName(), text);
				string(row, c++, item.getAwardName(), text);
				number(row, c++, item.getRank(), integer);
				Cell total = row.createCell(c++);
				total.setCellValue(item.getTotal().doubleValue());
				total.setCellStyle(points);
				string(row, c++, item.getBandName(), text);
				number(row, c++, item.getVotes(), integer);
				number(row, c++, item.getBallotsValid(), integer);
				string(row, c++, item.isAccepted() ? "Chấp thuận" : "Không chấp thuận", text);
				string(row, c, (item.getReason() != null) ? item.getReason() : "", text);
				r++;
			}
			sheet.createFreezePane(0, 2);
			if (r > 2) {
				sheet.setAutoFilter(new CellRangeAddress(1, r - 1, 0, headers.size() - 1));
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] draftDecision(AwardDecision decision, Rules rules, Department department, LocalDate today) {
		String year = Integer.toString(decision.getYear());
		AdministrativeDocument document = new AdministrativeDocument(new AdministrativeDocument.Header(null,
				department.governingBodyUpper(), "Số:        /QĐ-UBND", department.place(), today));
		List<AwardDecision.Item> accepted = decision.getAccepted();
		List<String> awards = accepted.stream().map(AwardDecision.Item::getAwardName).distinct().toList();
		String awardNames = awards.isEmpty() ? "Cờ thi đua, Bằng khen" : String.join(", ", awards);
		document.title("QUYẾT ĐỊNH (DỰ THẢO)",
				"Về việc tặng " + awardNames + " cho các đơn vị đã có thành tích xuất sắc trong phong trào thi đua "
						+ department.sector() + " năm " + year);
		document.heading("CHỦ TỊCH " + department.governingBodyUpper());
		rules.basisLines(accepted.stream().map(AwardDecision.Item::getAward).distinct().toList())
			.forEach((line) -> document.text("Căn cứ " + line));
		document.text("Căn cứ quy chế hoạt động các cụm thi đua năm " + year
				+ " và kết quả bình xét, bỏ phiếu kín tại hội nghị tổng kết của các cụm;");
		document.text("Xét đề nghị của " + department.headTitle() + " " + department.name() + ",");
		document.heading("QUYẾT ĐỊNH:");
		int article = 1;
		for (String award : awards) {
			long count = accepted.stream().filter((i) -> i.getAwardName().equals(award)).count();
			document.text("Điều " + article++ + ". Tặng " + award + " cho " + count
					+ " đơn vị đã có thành tích xuất sắc trong phong trào thi đua năm " + year
					+ " (có danh sách kèm theo).");
		}
		if (awards.isEmpty()) {
			document.text("Điều " + article++ + ". (Không có đơn vị được đề nghị khen thưởng.)");
		}
		document.text("Điều " + article++ + ". Quyết định này có hiệu lực kể từ ngày ký.");
		document.text("Điều " + article + ". Chánh Văn phòng " + department.governingBody() + ", "
				+ department.headTitle() + " " + department.name() + ", thủ trưởng các cơ quan liên quan và các đơn vị "
				+ "có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.");
		document.signature(List.of("Như Điều " + article + ";", department.name() + ";", "Lưu: VT."),
				"TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "");
		document.pageBreak();
		document.title("DANH SÁCH", "Các đơn vị được tặng " + awardNames + " năm " + year);
		document.caption("(Kèm theo Quyết định số      /QĐ-UBND ngày    /    /       của Chủ tịch "
				+ department.governingBody() + ")");
		List<List<String>> rows = new ArrayList<>();
		int order = 1;
		for (AwardDecision.Item item : accepted) {
			rows.add(List.of(Integer.toString(order++), item.getUnitName(), item.getClusterName(), item.getAwardName(),
					Points.format(item.getTotal(), VIETNAMESE), item.getBandName()));
		}
		document.table(List.of("STT", "Đơn vị", "Cụm thi đua", "Hình thức", "Tổng điểm", "Xếp loại"), rows, 4, 8, 30,
				16, 20, 12, 14);
		return document.toBytes();
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
