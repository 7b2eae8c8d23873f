package vn.thidua.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A Word document in the Vietnamese administrative format (Nghị định 30/2020/NĐ-CP): A4,
 * margins 20/20/30/15 mm, Times New Roman 13–14, the agency and the national motto side
 * by side, place and date, title, body, signature block. The one place that knows that
 * format: reports and meeting minutes both use it.
 */
public final class AdministrativeDocument {

	static final String FONT = "Times New Roman";

	static final int BODY_SIZE = 13;

	private static final int TWIPS_PER_MM = 57;

	/** The text width of an A4 page with 30 + 15 mm side margins. */
	static final int TEXT_WIDTH = 165 * TWIPS_PER_MM;

	private final XWPFDocument document = new XWPFDocument();

	/**
	 * The issuing body and the document's place, number and date.
	 *
	 * @param parentAgency the body above the issuer ("UBND HUYỆN YÊN THÀNH"), upper case
	 * @param agency the issuer ("PHÒNG VĂN HÓA VÀ THÔNG TIN"), upper case
	 * @param number the number and symbol line ("Số: /BC-VHTT")
	 * @param place the place name of the date line ("Yên Thành")
	 * @param date the date
	 */
	public record Header(String parentAgency, String agency, String number, String place, LocalDate date) {
	}

	public AdministrativeDocument(Header header) {
		page();
		header(header);
	}

	public void title(String title, String subtitle) {
		XWPFParagraph first = paragraph(ParagraphAlignment.CENTER);
		first.setSpacingBefore(240);
		run(first, title, 14, true, false);
		XWPFParagraph second = paragraph(ParagraphAlignment.CENTER);
		second.setSpacingAfter(240);
		run(second, subtitle, 14, true, false);
	}

	public void heading(String text) {
		XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
		paragraph.setSpacingBefore(120);
		paragraph.setIndentationFirstLine(720);
		run(paragraph, text, BODY_SIZE, true, false);
	}

	/**
	 * Body text, justified with a first-line indent; each line of the text is a
	 * paragraph.
	 */
	public void text(String text) {
		for (String line : (text != null ? text : "").split("\\R")) {
			XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
			paragraph.setIndentationFirstLine(720);
			paragraph.setSpacingAfter(60);
			run(paragraph, line, BODY_SIZE, false, false);
		}
	}

	/**
	 * A bordered table, header row bold, columns from {@code numericFrom} on
	 * right-aligned.
	 * @param weights relative column widths (the table spans the text width)
	 */
	public void table(List<String> headers, List<List<String>> rows, int numericFrom, int... weights) {
		XWPFTable table = this.document.createTable(rows.size() + 1, headers.size());
		table.setTableAlignment(TableRowAlign.CENTER);
		fixedWidths(table, weights);
		for (int c = 0; c < headers.size(); c++) {
			cell(table.getRow(0).getCell(c), headers.get(c), 10, true, ParagraphAlignment.CENTER);
		}
		for (int r = 0; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			for (int c = 0; c < row.size(); c++) {
				cell(table.getRow(r + 1).getCell(c), row.get(c), 11, false,
						(c >= numericFrom) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
			}
		}
		paragraph(ParagraphAlignment.LEFT);
	}

	/**
	 * "Nơi nhận" on the left, the signer's title and name on the right.
	 */
	public void signature(List<String> recipients, String position, String signer) {
		XWPFTable table = this.document.createTable(1, 2);
		table.removeBorders();
		fixedWidths(table, 45, 55);
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFParagraph heading = left.getParagraphs().get(0);
		run(heading, "Nơi nhận:", 12, true, true);
		for (String recipient : recipients) {
			run(left.addParagraph(), "- " + recipient, 11, false, false);
		}
		XWPFTableCell right = table.getRow(0).getCell(1);
		XWPFParagraph title = right.getParagraphs().get(0);
		title.setAlignment(ParagraphAlignment.CENTER);
		run(title, position, 13, true, false);
		XWPFParagraph hint = right.addParagraph();
		hint.setAlignment(ParagraphAlignment.CENTER);
		run(hint, "(Ký, ghi rõ họ tên)", 13, false, true);
		XWPFParagraph name = right.addParagraph();
		name.setAlignment(ParagraphAlignment.CENTER);
		name.setSpacingBefore(1200);
		run(name, signer, 13, true, false);
	}

	public byte[] toBytes() {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			this.document.write(out);
			this.document.close();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void page() {
		CTSectPr section = this.document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(210L * TWIPS_PER_MM));
		size.setH(BigInteger.valueOf(297L * TWIPS_PER_MM));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
		margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
		margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
		margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
	}

	private void header(Header header) {
		XWPFTable table = this.document.createTable(1, 2);
		table.removeBorders();
		fixedWidths(table, 43, 57);
		XWPFTableCell left = table.getRow(0).getCell(0);
		centered(left.getParagraphs().get(0), header.parentAgency(), 13, false, false);
		centered(left.addParagraph(), header.agency(), 13, true, false);
		centered(left.addParagraph(), "_______", 13, true, false);
		centered(left.addParagraph(), header.number(), 13, false, false);

		XWPFTableCell right = table.getRow(0).getCell(1);
		centered(right.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
		centered(right.addParagraph(), "Độc lập - Tự do - Hạnh phúc", 13, true, false);
		centered(right.addParagraph(), "_______________________", 13, true, false);
		LocalDate date = header.date();
		centered(right.addParagraph(), String.format("%s, ngày %02d tháng %02d năm %d", header.place(),
				date.getDayOfMonth(), date.getMonthValue(), date.getYear()), 13, false, true);
	}

	private void cell(XWPFTableCell cell, String text, int size, boolean bold, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(0);
		run(paragraph, text, size, bold, false);
	}

	/**
	 * Column widths that Word and LibreOffice both keep: a fixed layout, a grid, and each
	 * cell's width, in proportion to the weights over the text width.
	 */
	private static void fixedWidths(XWPFTable table, int... weights) {
		int total = java.util.Arrays.stream(weights).sum();
		CTTblPr properties = table.getCTTbl().getTblPr();
		properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
		CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
		width.setType(STTblWidth.DXA);
		width.setW(BigInteger.valueOf(TEXT_WIDTH));
		CTTblGrid grid = table.getCTTbl().getTblGrid();
		if (grid == null) {
			grid = table.getCTTbl().addNewTblGrid();
		}
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int weight : weights) {
			grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH * weight / total));
		}
		table.getRows().forEach((row) -> {
			for (int c = 0; c < weights.length && c < row.getTableCells().size(); c++) {
				row.getCell(c).setWidth(Long.toString((long) TEXT_WIDTH * weights[c] / total));
			}
		});
	}

	private XWPFParagraph paragraph(ParagraphAlignment alignment) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setAlignment(alignment);
		return paragraph;
	}

	private static void centered(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		run(paragraph, text, size, bold, italic);
	}

	private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
	}

}
