package vn.thidua.report.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.springframework.context.MessageSourceResolvable;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A bounded first look at an uploaded workbook before it is read whole: the first sheet
 * is streamed (SAX over the zip entry, from a temporary file, so the sheet is never held
 * in memory) and the reading stops at the first row past what the report can hold or past
 * the cell budget. Memory stays flat whatever the file: a 1.5-million-row sheet is
 * refused after its first rows.
 */
final class SheetBounds {

	private SheetBounds() {
	}

	/**
	 * Why the file's first sheet is larger than the report can hold, if it is.
	 * @param content the .xlsx file (already checked to be a zip)
	 * @param maxRows the rows a filled template of this report has at most (1-based
	 * number of the last one)
	 * @param maxCells the cells with a value it may have at most
	 */
	static Optional<MessageSourceResolvable> excess(byte[] content, int maxRows, int maxCells) throws IOException {
		Path file = Files.createTempFile("nhap-diem-", ".xlsx");
		try {
			Files.write(file, content);
			try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
				Iterator<InputStream> sheets = new XSSFReader(pkg).getSheetsData();
				if (!sheets.hasNext()) {
					return Optional.empty();
				}
				try (InputStream sheet = sheets.next()) {
					Counter counter = new Counter(maxRows, maxCells);
					SAXParserFactory factory = SAXParserFactory.newInstance();
					factory.setNamespaceAware(true);
					factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
					SAXParser parser = factory.newSAXParser();
					try {
						parser.parse(sheet, counter);
					}
					catch (Excess ex) {
						return Optional.of(ex.problem);
					}
					return Optional.empty();
				}
			}
		}
		catch (SAXException | javax.xml.parsers.ParserConfigurationException
				| org.apache.poi.openxml4j.exceptions.OpenXML4JException ex) {
			throw new IOException("Not a readable workbook", ex);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** Stops the parse: the sheet holds more than the report can. */
	static final class Excess extends SAXException {

		final transient MessageSourceResolvable problem;

		Excess(MessageSourceResolvable problem) {
			super(problem.getCodes()[0]);
			this.problem = problem;
		}

	}

	/** Counts rows and valued cells as the sheet streams by. */
	static final class Counter extends DefaultHandler {

		private final int maxRows;

		private final int maxCells;

		private int row;

		private int cells;

		private boolean rowHasValue;

		Counter(int maxRows, int maxCells) {
			this.maxRows = maxRows;
			this.maxCells = maxCells;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			switch (localName) {
				case "row" -> {
					String r = attributes.getValue("r");
					this.row = (r != null) ? parse(r, this.row + 1) : this.row + 1;
					this.rowHasValue = false;
				}
				case "v", "is" -> {
					if (!this.rowHasValue && this.row > this.maxRows) {
						throw new Excess(ScoreWorkbook.problem("tooManyRows", this.row, this.maxRows));
					}
					this.rowHasValue = true;
					if (++this.cells > this.maxCells) {
						throw new Excess(ScoreWorkbook.problem("tooManyCells", this.maxCells));
					}
				}
				default -> {
				}
			}
		}

		private static int parse(String value, int fallback) {
			try {
				return Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				return fallback;
			}
		}

	}

}
