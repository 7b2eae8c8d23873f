package vn.thidua.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types accepted (evidence, documents), recognised by their content (magic
 * bytes), never by the file's name or the browser's word.
 */
public enum FileType {

	PDF("application/pdf", "pdf"),
	DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
	XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
	JPEG("image/jpeg", "jpg", "jpeg"), PNG("image/png", "png");

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private static final byte[] PDF_MAGIC = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	/**
	 * Office files are zip archives: look at this many entries at most for word/ or xl/.
	 */
	private static final int MAX_ZIP_ENTRIES = 200;

	/** The content type of a Word document's main part in {@code [Content_Types].xml}. */
	private static final String WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

	/** The content type of a workbook's main part. */
	private static final String EXCEL_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

	private static final int MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

	private final String contentType;

	private final List<String> extensions;

	FileType(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = List.of(extensions);
	}

	/**
	 * Whether a file name's extension (the last one) is one of this type's: a PDF named
	 * {@code bao-cao.pdf.exe} is refused.
	 */
	public boolean matchesName(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 && this.extensions.contains(fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
	}

	/**
	 * Whether a file is of this type by its content and carries this type's extension.
	 */
	public boolean is(String fileName, byte[] content) {
		return fileName != null && content != null && detect(content).filter((t) -> t == this).isPresent()
				&& matchesName(fileName);
	}

	public String contentType() {
		return this.contentType;
	}

	public static Optional<FileType> detect(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, ZIP_MAGIC)) {
			return office(content);
		}
		return Optional.empty();
	}

	/**
	 * An Office file is a zip archive whose {@code [Content_Types].xml} declares the main
	 * part of a Word document or a workbook (macro-enabled variants are not accepted); a
	 * zip that merely holds a {@code word/} folder is not a document.
	 */
	private static Optional<FileType> office(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			int seen = 0;
			while ((entry = zip.getNextEntry()) != null && seen++ < MAX_ZIP_ENTRIES) {
				if (entry.getName().equals("[Content_Types].xml")) {
					String types = new String(zip.readNBytes(MAX_CONTENT_TYPES_BYTES), StandardCharsets.UTF_8);
					if (types.contains("\"" + WORD_MAIN + "\"")) {
						return Optional.of(DOCX);
					}
					if (types.contains("\"" + EXCEL_MAIN + "\"")) {
						return Optional.of(XLSX);
					}
					return Optional.empty();
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// not a readable archive: not an Office file
		}
		return Optional.empty();
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

}
