package vn.thidua.report.imports;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streamed first look at an upload stops at the first row past what the report holds,
 * or past the cell budget, and lets a file of the report's size through.
 */
class SheetBoundsTests {

	@Test
	void aSheetOfTwoHundredThousandRowsIsRefusedAtTheFirstRowPastTheReport() throws Exception {
		byte[] file = workbook(200_000, 3);
		long start = System.nanoTime();
		Optional<MessageSourceResolvable> excess = SheetBounds.excess(file, 33, 100_000);
		System.out.printf("%,d bytes, 200,000 rows: refused in %d ms%n", file.length,
				(System.nanoTime() - start) / 1_000_000);
		// "Tệp có dữ liệu ở dòng 34, quá số dòng của báo cáo (tối đa 33 dòng, ...)"
		assertThat(excess).hasValueSatisfying((m) -> {
			assertThat(m.getCodes()).containsExactly("report.import.problem.tooManyRows");
			assertThat(m.getArguments()).containsExactly("34", "33");
		});
	}

	@Test
	void tooManyCellsInTheReportsRowsAreRefused() throws Exception {
		assertThat(SheetBounds.excess(workbook(30, 200), 33, 1_000)).hasValueSatisfying((m) -> {
			assertThat(m.getCodes()).containsExactly("report.import.problem.tooManyCells");
			assertThat(m.getArguments()).containsExactly("1000");
		});
	}

	@Test
	void aFileOfTheReportsSizePasses() throws Exception {
		assertThat(SheetBounds.excess(workbook(30, 25), 33, 30 * 30)).isEmpty();
	}

	static byte[] workbook(int rows, int columns) throws Exception {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("Điểm");
			for (int r = 0; r < rows; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < columns; c++) {
					row.createCell(c).setCellValue(r + c);
				}
			}
			workbook.write(out);
			workbook.close();
			return out.toByteArray();
		}
	}

}
