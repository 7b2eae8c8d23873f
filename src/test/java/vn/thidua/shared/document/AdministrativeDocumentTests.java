package vn.thidua.shared.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import static org.assertj.core.api.Assertions.assertThat;

class AdministrativeDocumentTests {

	private static byte[] sample() {
		AdministrativeDocument document = new AdministrativeDocument(
				new AdministrativeDocument.Header("UBND HUYỆN YÊN THÀNH", "PHÒNG VĂN HÓA VÀ THÔNG TIN",
						"Số:   /BC-VHTT", "Yên Thành", LocalDate.of(2014, 4, 6)));
		document.title("BÁO CÁO", "Kết quả thi đua quý I năm 2014");
		document.table(List.of("STT", "Đơn vị", "Thông tin (25)", "Truyền thông (25)", "Khen thưởng (10)", "Tổng điểm"),
				List.of(List.of("1", "Yên Thành", "20", "21", "9", "50")), 2, 4, 30, 10, 10, 10, 8);
		document.signatures("THƯ KÝ", "", "CHỦ TRÌ", "Nguyễn Văn A");
		return document.toBytes();
	}

	@Test
	void thePageIsA4ExactlyWithTheDecreesMargins() throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(sample()))) {
			CTSectPr section = document.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(section.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
			CTPageMar margins = section.getPgMar();
			// 20 mm = 1134, 30 mm = 1701, 15 mm = 850 twips
			assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
				.containsExactly(BigInteger.valueOf(1134), BigInteger.valueOf(1134), BigInteger.valueOf(1701),
						BigInteger.valueOf(850));
			// page numbers from the second page on: a distinct first page, a PAGE field
			assertThat(section.isSetTitlePg()).isTrue();
			assertThat(document.getHeaderList())
				.anySatisfy((header) -> assertThat(header.getParagraphs().get(0).getCTP().getFldSimpleList())
					.anySatisfy((field) -> assertThat(field.getInstr()).isEqualTo("PAGE")));
		}
	}

	@Test
	void headerRulesAreRealLinesAndTheAgencyNameIsSplitEvenly() throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(sample()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).doesNotContain("___");
			XWPFTable header = document.getTables().get(0);
			List<XWPFParagraph> left = header.getRow(0).getCell(0).getParagraphs();
			List<XWPFParagraph> right = header.getRow(0).getCell(1).getParagraphs();
			assertThat(left).anyMatch((p) -> p.getBorderBottom() == Borders.SINGLE);
			assertThat(right).anyMatch((p) -> p.getBorderBottom() == Borders.SINGLE);
			assertThat(left.stream().map(XWPFParagraph::getText)).contains("PHÒNG VĂN HÓA", "VÀ THÔNG TIN");
		}
	}

	@Test
	void everyHeaderWordFitsItsColumn() throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(sample()))) {
			XWPFTable table = document.getTables().get(1);
			int sum = 0;
			for (var cell : table.getRow(0).getTableCells()) {
				int width = cell.getWidth();
				sum += width;
				for (String word : cell.getText().split(" ")) {
					assertThat(width).as(word).isGreaterThan(TableColumns.textWidth(word, 10, true) + 230);
				}
			}
			assertThat(sum).isBetween(AdministrativeDocument.TEXT_WIDTH - 10, AdministrativeDocument.TEXT_WIDTH);
			assertThat(table.getRow(0).isRepeatHeader()).isTrue();
		}
	}

	@Test
	void minutesAreSignedBySecretaryAndChair() throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(sample()))) {
			XWPFTable signatures = document.getTables().get(2);
			assertThat(signatures.getRow(0).getCell(0).getText()).startsWith("THƯ KÝ(Ký, ghi rõ họ tên)");
			assertThat(signatures.getRow(0).getCell(1).getText()).contains("CHỦ TRÌ", "Nguyễn Văn A");
		}
	}

	@Test
	void linesAreBalancedAndOnlySplitWhenNeeded() {
		assertThat(TableColumns.balancedLines("PHÒNG VĂN HÓA VÀ THÔNG TIN", 3800, 13, true))
			.containsExactly("PHÒNG VĂN HÓA", "VÀ THÔNG TIN");
		assertThat(TableColumns.balancedLines("UBND HUYỆN YÊN THÀNH", 3800, 13, false))
			.containsExactly("UBND HUYỆN YÊN THÀNH");
		// a break written in the name stays, though the whole would fit on one line
		assertThat(TableColumns.balancedLines("ỦY BAN NHÂN DÂN\nXÃ ANH SƠN", 3800, 13, true))
			.containsExactly("ỦY BAN NHÂN DÂN", "XÃ ANH SƠN");
	}

	@Test
	void downloadNamesHaveOneStyleAndAnAsciiFallback() {
		String name = DownloadName.of("docx", "Báo cáo quý", 4, 2014, "Cụm 1");
		assertThat(name).isEqualTo("Báo-cáo-quý-4-2014-Cụm-1.docx");
		assertThat(DownloadName.ascii(name)).isEqualTo("Bao-cao-quy-4-2014-Cum-1.docx");
		assertThat(DownloadName.attachment("Đề nghị.xlsx"))
			.isEqualTo("attachment; filename=\"De-nghi.xlsx\"; filename*=UTF-8''%C4%90%E1%BB%81%20ngh%E1%BB%8B.xlsx");
	}

}
