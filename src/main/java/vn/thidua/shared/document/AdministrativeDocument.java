package vn.thidua.shared.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.thidua.shared.Formats;

/**
 * A Word document in the Vietnamese administrative format (Nghị định 30/2020/NĐ-CP): A4
 * exactly (11906 × 16838 twips), margins 20/20/30/15 mm, page numbers centred at the top
 * from the second page, the header rules as real lines, Times New Roman 13–14, the agency
 * and the national motto side by side, place and date, title, body, signature block. The
 * one place that knows that format: reports and meeting minutes both use it.
 */
public final class AdministrativeDocument {

	static final String FONT = "Times New Roman";

	static final int BODY_SIZE = 13;

	static final int HEADER_SIZE = 10;

	/** A4 in twips (1/1440 inch), as Word writes it: 210 × 297 mm. */
	public static final int PAGE_WIDTH = 11906;

	public static final int PAGE_HEIGHT = 16838;

	/** Margins of Nghị định 30/2020: top 20, bottom 20, left 30, right 15 mm. */
	public static final int MARGIN_TOP = twips(20);

	public static final int MARGIN_BOTTOM = twips(20);

	public static final int MARGIN_LEFT = twips(30);

	public static final int MARGIN_RIGHT = twips(15);

	/** The text width between the side margins. */
	static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

	/** Left and right padding Word gives a table cell (0.08 inch each side). */
	private static final int CELL_PADDING = 2 * 115;

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

	static int twips(double millimetres) {
		return (int) Math.round(millimetres * 1440 / 25.4);
	}

	public void title(String title, String subtitle) {
		XWPFParagraph first = paragraph(ParagraphAlignment.CENTER);
		first.setSpacingBefore(240);
		run(first, title, 14, true, false);
		XWPFParagraph second = paragraph(ParagraphAlignment.CENTER);
		second.setSpacingAfter(240);
		run(second, subtitle, 14, true, false);
	}

	/** A centred line in italics under a title: "(Kèm theo Quyết định số …)". */
	public void caption(String text) {
		XWPFParagraph paragraph = paragraph(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(240);
		run(paragraph, text, BODY_SIZE, false, true);
	}

	/** What follows starts on a new page (an annex). */
	public void pageBreak() {
		this.document.createParagraph().setPageBreak(true);
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
		fixedWidths(table, TableColumns.widths(headers, TEXT_WIDTH, HEADER_SIZE, CELL_PADDING, weights));
		table.getRow(0).setRepeatHeader(true);
		table.getRow(0).setCantSplitRow(true);
		for (int c = 0; c < headers.size(); c++) {
			cell(table.getRow(0).getCell(c), headers.get(c), HEADER_SIZE, true, ParagraphAlignment.CENTER);
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
		signer(table.getRow(0).getCell(1), position, signer);
	}

	/**
	 * Two signers side by side, as minutes are signed: the secretary on the left, the
	 * chair on the right. An empty name leaves the line to be written by hand.
	 */
	public void signatures(String leftPosition, String leftSigner, String rightPosition, String rightSigner) {
		XWPFTable table = this.document.createTable(1, 2);
		table.removeBorders();
		fixedWidths(table, 50, 50);
		signer(table.getRow(0).getCell(0), leftPosition, leftSigner);
		signer(table.getRow(0).getCell(1), rightPosition, rightSigner);
	}

	/**
	 * "Nơi nhận" alone, under signatures that took the full width.
	 */
	public void recipients(List<String> recipients) {
		XWPFParagraph heading = paragraph(ParagraphAlignment.LEFT);
		heading.setSpacingBefore(240);
		run(heading, "Nơi nhận:", 12, true, true);
		for (String recipient : recipients) {
			XWPFParagraph line = paragraph(ParagraphAlignment.LEFT);
			line.setSpacingAfter(0);
			run(line, "- " + recipient, 11, false, false);
		}
	}

	private static void signer(XWPFTableCell cell, String position, String signer) {
		if (position.isBlank()) {
			// an odd signer out: the cell stays empty
			return;
		}
		// a position of several lines ("TM. CỤM THI ĐUA" / "CỤM TRƯỞNG"), one paragraph
		// each
		XWPFParagraph title = cell.getParagraphs().get(0);
		String[] lines = position.split("\n");
		for (int i = 0; i < lines.length; i++) {
			XWPFParagraph line = (i == 0) ? title : cell.addParagraph();
			line.setAlignment(ParagraphAlignment.CENTER);
			line.setSpacingAfter(0);
			run(line, lines[i], 13, true, false);
		}
		XWPFParagraph hint = cell.addParagraph();
		hint.setAlignment(ParagraphAlignment.CENTER);
		run(hint, "(Ký, ghi rõ họ tên)", 13, false, true);
		XWPFParagraph name = cell.addParagraph();
		name.setAlignment(ParagraphAlignment.CENTER);
		name.setSpacingBefore(1200);
		run(name, (signer == null || signer.isBlank()) ? "" : signer, 13, true, false);
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
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(twips(10)));
		margins.setFooter(BigInteger.valueOf(twips(10)));
		// page numbers centred at the top from the second page on (Nghị định 30, Phụ lục
		// I)
		section.addNewTitlePg();
		XWPFHeader pageHeader = this.document.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph number = pageHeader.createParagraph();
		number.setAlignment(ParagraphAlignment.CENTER);
		CTSimpleField field = number.getCTP().addNewFldSimple();
		field.setInstr("PAGE");
		CTR placeholder = field.addNewR();
		placeholder.addNewT().setStringValue("2");
		this.document.createHeader(HeaderFooterType.FIRST).createParagraph();
	}

	private void header(Header header) {
		XWPFTable table = this.document.createTable(1, 2);
		table.removeBorders();
		fixedWidths(table, 43, 57);
		int leftWidth = TEXT_WIDTH * 43 / 100 - CELL_PADDING;
		XWPFTableCell left = table.getRow(0).getCell(0);
		XWPFParagraph first = left.getParagraphs().get(0);
		for (String line : TableColumns.balancedLines(header.parentAgency(), leftWidth, 13, false)) {
			centered(first, line, 13, false, false);
			first = left.addParagraph();
		}
		for (String line : TableColumns.balancedLines(header.agency(), leftWidth, 13, true)) {
			centered(first, line, 13, true, false);
			first = left.addParagraph();
		}
		rule(first, leftWidth, leftWidth / 3);
		XWPFParagraph number = left.addParagraph();
		number.setSpacingBefore(120);
		centered(number, header.number(), 13, false, false);

		int rightWidth = TEXT_WIDTH * 57 / 100 - CELL_PADDING;
		XWPFTableCell right = table.getRow(0).getCell(1);
		centered(right.getParagraphs().get(0), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, true, false);
		String motto = "Độc lập - Tự do - Hạnh phúc";
		centered(right.addParagraph(), motto, 13, true, false);
		rule(right.addParagraph(), rightWidth, TableColumns.textWidth(motto, 13, true));
		XWPFParagraph dateLine = right.addParagraph();
		dateLine.setSpacingBefore(120);
		LocalDate date = header.date();
		centered(dateLine, Formats.placeAndDate(header.place(), date), 13, false, true);
	}

	/**
	 * A real horizontal line under the line above: the bottom border of an empty, tiny
	 * paragraph, indented so that the line is {@code length} twips long and centred in a
	 * cell of {@code width}.
	 */
	private static void rule(XWPFParagraph paragraph, int width, int length) {
		int indent = Math.max(0, (width - length) / 2);
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBetween(1.0);
		paragraph.setBorderBottom(Borders.SINGLE);
		XWPFRun run = paragraph.createRun();
		run.setFontSize(2);
	}

	private void cell(XWPFTableCell cell, String text, int size, boolean bold, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(alignment);
		paragraph.setSpacingAfter(0);
		// a text of several lines (a member's targets, one per line) stays in its cell, a
		// paragraph a line: a line break inside one run is not read alike by Word and
		// LibreOffice
		String[] lines = text.strip().split("\\R");
		run(paragraph, lines[0], size, bold, false);
		for (int i = 1; i < lines.length; i++) {
			XWPFParagraph next = cell.addParagraph();
			next.setAlignment(alignment);
			next.setSpacingAfter(0);
			run(next, lines[i], size, bold, false);
		}
	}

	/**
	 * Column widths that Word and LibreOffice both keep: a fixed layout, a grid, and each
	 * cell's width, in proportion to the weights over the text width.
	 */
	private static void fixedWidths(XWPFTable table, int... weights) {
		int total = java.util.Arrays.stream(weights).sum();
		int[] widths = new int[weights.length];
		for (int c = 0; c < weights.length; c++) {
			widths[c] = (int) ((long) TEXT_WIDTH * weights[c] / total);
		}
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
		for (int w : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(w));
		}
		table.getRows().forEach((row) -> {
			for (int c = 0; c < widths.length && c < row.getTableCells().size(); c++) {
				row.getCell(c).setWidth(Integer.toString(widths[c]));
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
