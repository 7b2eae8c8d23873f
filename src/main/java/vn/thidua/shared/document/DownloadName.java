package vn.thidua.shared.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one style of the app's download file names: words joined by hyphens, the first
 * capitalised ("Báo-cáo-quý-4-2014-Cụm-1.docx"); the Content-Disposition header gives
 * browsers the Vietnamese name in {@code filename*} and an ASCII one without diacritics
 * ("Bao-cao-quy-4-2014-Cum-1.docx") in {@code filename} for old clients.
 */
public final class DownloadName {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}.]+");

	private DownloadName() {
	}

	/**
	 * The file name from its words, e.g.
	 * {@code of("docx", "Báo cáo quý 4", 2014, "Cụm 1")}.
	 */
	public static String of(String extension, Object... words) {
		StringBuilder name = new StringBuilder();
		for (Object word : words) {
			String text = SEPARATORS.matcher(String.valueOf(word).strip()).replaceAll("-");
			if (!text.isEmpty()) {
				name.append((name.length() > 0) ? "-" : "").append(text);
			}
		}
		String joined = name.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
		if (!joined.isEmpty()) {
			joined = joined.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + joined.substring(1);
		}
		return joined + "." + extension;
	}

	/** The name without diacritics (đ as d), for the ASCII {@code filename}. */
	public static String ascii(String name) {
		String replaced = name.replace('đ', 'd').replace('Đ', 'D');
		String stripped = MARKS.matcher(Normalizer.normalize(replaced, Normalizer.Form.NFD)).replaceAll("");
		return stripped.replaceAll("[^A-Za-z0-9._-]", "-");
	}

	/**
	 * A stored file name of at most {@code max} characters: a longer one loses the end of
	 * its stem, never its extension ("bien-ban-…-rat-dai.pdf" stays a .pdf).
	 */
	public static String fitting(String name, int max) {
		if (name == null || name.length() <= max) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String extension = (dot > 0 && name.length() - dot <= 10) ? name.substring(dot) : "";
		return name.substring(0, max - extension.length()) + extension;
	}

	/** The Content-Disposition value of an attachment with that name. */
	public static String attachment(String name) {
		String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + ascii(name) + "\"; filename*=UTF-8''" + encoded;
	}

}
