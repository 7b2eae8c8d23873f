package vn.thidua.report.imports;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;

/**
 * Benchmark (bench/import-heap.sh, not a test): the peak heap while a 1.5-million-row
 * workbook is looked at before an import, as the report page's upload does.
 */
public final class ImportHeapBenchmark {

	private ImportHeapBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 1_500_000;
		byte[] file = handWritten(rows);
		System.gc();
		long before = heapUsed();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long start = System.nanoTime();
		// a cluster of 14 units and 30 criteria: 39 rows, 39 × 37 cells
		Optional<MessageSourceResolvable> excess = SheetBounds.excess(file, 39, 39 * 37);
		long millis = (System.nanoTime() - start) / 1_000_000;
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((p) -> p.getType() == MemoryType.HEAP)
			.mapToLong((p) -> p.getPeakUsage().getUsed())
			.sum();
		System.out.printf("file: %,d rows, %,d bytes%n", rows, file.length);
		System.out.printf("answer in %,d ms: %s%n", millis, excess.map((m) -> m.getCodes()[0]).orElse("(accepted)"));
		System.out.printf("heap before: %,d MB; peak while reading: %,d MB (sum of the pools' peaks)%n", before >> 20,
				peak >> 20);
	}

	/**
	 * An .xlsx written by hand, as an attacker would, with more rows than Excel allows
	 * (1,048,576): one numeric cell per row.
	 */
	static byte[] handWritten(int rows) throws java.io.IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
					+ "http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
					+ "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
					+ "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
					+ "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
					+ "PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\""
					+ "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
			entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
					+ "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
					+ "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
					+ "Target=\"xl/workbook.xml\"/></Relationships>");
			entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
					+ "http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\""
					+ "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Diem\" "
					+ "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
			entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
					+ "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
					+ "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
					+ "Target=\"worksheets/sheet1.xml\"/></Relationships>");
			zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
			java.io.Writer sheet = new java.io.OutputStreamWriter(zip, java.nio.charset.StandardCharsets.UTF_8);
			sheet.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
					+ "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
			for (int r = 1; r <= rows; r++) {
				sheet.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
			}
			sheet.write("</sheetData></worksheet>");
			sheet.flush();
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static void entry(java.util.zip.ZipOutputStream zip, String name, String text) throws java.io.IOException {
		zip.putNextEntry(new java.util.zip.ZipEntry(name));
		zip.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static long heapUsed() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
