package vn.thidua.report.attachment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import vn.thidua.shared.FileType;

public class FileTypeTests {

	public static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F' };

	@Test
	void recognisesPdfPngAndJpegByTheirFirstBytes() {
		assertThat(FileType.detect(PDF)).contains(FileType.PDF);
		assertThat(FileType.detect(PNG)).contains(FileType.PNG);
		assertThat(FileType.detect(JPEG)).contains(FileType.JPEG);
	}

	@Test
	void recognisesRealWordAndExcelFiles() throws IOException {
		assertThat(FileType.detect(docx())).contains(FileType.DOCX);
		assertThat(FileType.detect(xlsx())).contains(FileType.XLSX);
	}

	@Test
	void refusesOtherContentWhateverItIsCalled() throws IOException {
		assertThat(FileType.detect("MZ\u0090\u0000 not a document".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
		assertThat(FileType.detect("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(FileType.detect(new byte[0])).isEmpty();
		assertThat(FileType.detect(zipWith("payload.exe"))).isEmpty();
		assertThat(FileType.detect(new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })).isEmpty();
	}

	@Test
	void aZipWithAWordFolderIsNotADocumentWithoutItsContentTypes() throws IOException {
		assertThat(FileType.detect(zipWith("word/document.xml"))).isEmpty();
		assertThat(FileType.detect(zipWith("xl/workbook.xml"))).isEmpty();
	}

	@Test
	void theExtensionMustBeTheContentsOwn() {
		assertThat(FileType.PDF.matchesName("bao-cao.pdf")).isTrue();
		assertThat(FileType.PDF.matchesName("Báo cáo.PDF")).isTrue();
		assertThat(FileType.JPEG.matchesName("anh.jpeg")).isTrue();
		assertThat(FileType.PDF.matchesName("real.pdf.exe")).isFalse();
		assertThat(FileType.PDF.matchesName("so-lieu.docx")).isFalse();
		assertThat(FileType.PDF.matchesName("pdf")).isFalse();
		assertThat(FileType.PDF.matchesName(AttachmentService.safeName("rtl\u202Efdp.exe"))).isFalse();
	}

	@Test
	void fileNamesLoseDirectionOverridesAndAreNfc() {
		assertThat(AttachmentService.safeName("rtl\u202Efdp.exe")).isEqualTo("rtlfdp.exe");
		assertThat(AttachmentService.safeName("a\u2066b\u2069c\u200F.pdf")).isEqualTo("abc.pdf");
		// "Quỳnh" typed as base letters and combining marks
		assertThat(AttachmentService.safeName("Quy\u0300\u0303nh.pdf"))
			.isEqualTo(java.text.Normalizer.normalize("Quy\u0300\u0303nh.pdf", java.text.Normalizer.Form.NFC));
	}

	@Test
	void fileNamesLoseTheirPathsAndDangerousCharacters() {
		assertThat(AttachmentService.safeName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(AttachmentService.safeName("C:\\Users\\cb\\Minh chứng quý 4.pdf")).isEqualTo("Minh chứng quý 4.pdf");
		assertThat(AttachmentService.safeName("a\"b<c>.pdf")).isEqualTo("a_b_c_.pdf");
		assertThat(AttachmentService.safeName(null)).isEqualTo("minh-chung");
		assertThat(AttachmentService.safeName("x".repeat(300) + ".pdf")).hasSize(200).endsWith(".pdf");
	}

	public static byte[] docx() throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("Minh chứng");
			document.write(out);
			return out.toByteArray();
		}
	}

	static byte[] xlsx() throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(100);
			workbook.write(out);
			return out.toByteArray();
		}
	}

	public static byte[] zipWith(String entry) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(new byte[] { 1, 2, 3 });
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
