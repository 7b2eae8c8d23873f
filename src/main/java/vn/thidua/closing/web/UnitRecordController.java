package vn.thidua.closing.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.thidua.closing.UnitRecords;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.document.DownloadName;

/**
 * {@code /units/{id}/record}: a unit's emulation record across the years and its
 * predecessors (the department's), on the page and in Excel.
 */
@Controller
class UnitRecordController {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private final UnitRecords records;

	private final MessageSource messages;

	UnitRecordController(UnitRecords records, MessageSource messages) {
		this.records = records;
		this.messages = messages;
	}

	@GetMapping("/units/{id}/record")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("record", this.records.of(user, id));
		return "closing/record";
	}

	@GetMapping("/units/{id}/record.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		UnitRecords.Record record = this.records.of(user, id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header("Content-Disposition",
					DownloadName.attachment(
							DownloadName.of("xlsx", "Hồ sơ thi đua", record.unit().getName(), user.provinceName())))
			.body(workbook(record));
	}

	private byte[] workbook(UnitRecords.Record record) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Hồ sơ thi đua");
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Row title = sheet.createRow(0);
			cell(title, 0, message("record.title", record.unit().getName()), bold);
			List<String> headers = List.of("Năm", "Đơn vị", "Cụm thi đua", "Hạng", "Tổng điểm", "Xếp loại",
					"Danh hiệu đăng ký", "Tỷ lệ phiếu (%)", "Đề nghị", "Sở quyết định");
			Row header = sheet.createRow(2);
			for (int c = 0; c < headers.size(); c++) {
				cell(header, c, headers.get(c), bold);
			}
			int r = 3;
			for (UnitRecords.Year y : record.years()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(y.year());
				cell(row, 1, y.unit().getName() + (y.predecessor() ? " (" + message("record.predecessor") + ")" : ""),
						null);
				cell(row, 2, y.clusterName() + (y.leader() ? " – " + message("record.leader") : ""), null);
				if (y.ranked() != null && !y.ranked().isExcluded()) {
					row.createCell(3).setCellValue(y.ranked().rank());
					row.createCell(4).setCellValue(y.ranked().total().doubleValue());
				}
				cell(row, 5, (y.bandName() != null) ? y.bandName() : "", null);
				cell(row, 6,
						(y.registeredTitle() == null) ? ""
								: message(vn.thidua.ranking.RegisteredTitles.REFUSED.equals(y.registeredTitle())
										? "covenant.refused" : "Award." + y.registeredTitle()),
						null);
				if (y.votePercent() != null) {
					row.createCell(7).setCellValue(y.votePercent().doubleValue());
				}
				cell(row, 8, (y.proposedName() != null) ? y.proposedName() : "", null);
				cell(row, 9, (y.decidedName() != null) ? y.decidedName() : "", null);
			}
			for (int c = 0; c < headers.size(); c++) {
				sheet.setColumnWidth(c, ((c == 1 || c == 2) ? 40 : 14) * 256);
			}
			sheet.createFreezePane(0, 3);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private String message(String key, Object... args) {
		return this.messages.getMessage(key, args, VIETNAMESE);
	}

}
