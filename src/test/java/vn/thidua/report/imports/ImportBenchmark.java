package vn.thidua.report.imports;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.thidua.cluster.Cluster;
import vn.thidua.criteria.CriteriaTree;
import vn.thidua.criteria.Criterion;
import vn.thidua.unit.Unit;
import vn.thidua.report.ReportSheet;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Benchmark (not a test): reads a filled workbook of 700 unit rows × 40 criteria, as an
 * import does before its preview, and prints the time. Run with {@code bench/import.sh}.
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = 700;
		int columns = 40;
		List<Unit> units = new ArrayList<>();
		for (int d = 0; d < rows; d++) {
			Unit unit = mock(Unit.class);
			given(unit.getId()).willReturn((long) d + 1);
			given(unit.getCode()).willReturn(String.format("%05d", d + 1));
			given(unit.getName()).willReturn("Đơn vị " + (d + 1));
			units.add(unit);
		}
		List<Criterion> criteria = new ArrayList<>();
		for (int c = 0; c < columns; c++) {
			Criterion criterion = mock(Criterion.class);
			given(criterion.getId()).willReturn((long) c + 1);
			given(criterion.getCode()).willReturn("1." + (c + 1));
			given(criterion.getTitle()).willReturn("Tiêu chí " + (c + 1));
			given(criterion.getMaxPoints()).willReturn(BigDecimal.TEN);
			criteria.add(criterion);
		}
		Cluster cluster = mock(Cluster.class);
		given(cluster.getName()).willReturn("Cụm thử");
		ReportSheet sheet = new ReportSheet(null, cluster, units,
				new CriteriaTree(null, List.of(new CriteriaTree.Group(mock(Criterion.class), criteria))), Map.of(),
				null, "Quý I/2014", "quý I/2014");
		byte[] file;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet table = workbook.createSheet("Bảng điểm");
			Row codes = table.createRow(ScoreWorkbook.CODE_ROW);
			for (int c = 0; c < columns; c++) {
				codes.createCell(ScoreWorkbook.FIRST_CRITERION_COLUMN + c).setCellValue("1." + (c + 1));
			}
			for (int d = 0; d < rows; d++) {
				Row row = table.createRow(ScoreWorkbook.FIRST_DATA_ROW + d);
				row.createCell(0).setCellValue(String.format("%05d", d + 1));
				row.createCell(1).setCellValue("Đơn vị " + (d + 1));
				for (int c = 0; c < columns; c++) {
					row.createCell(ScoreWorkbook.FIRST_CRITERION_COLUMN + c).setCellValue((d + c) % 11 * 0.9);
				}
			}
			workbook.write(out);
			file = out.toByteArray();
		}
		System.out.printf("file: %d rows × %d columns, %,d bytes%n", rows, columns, file.length);
		for (int run = 1; run <= 5; run++) {
			long start = System.nanoTime();
			ScoreWorkbook.Reading reading = ScoreWorkbook.read(file, sheet);
			long ms = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("run %d: %d ms, %,d values, %d problems%n", run, ms, reading.values().size(),
					reading.problems().size());
		}
	}

}
