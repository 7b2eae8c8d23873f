package vn.thidua.shared;

import vn.thidua.shared.document.DownloadName;

/**
 * The name an uploaded file is kept and shown by: without any path, control or direction
 * characters (a name that reads {@code rtlexe.pdf} but is {@code rtl\u202Efdp.exe}) or
 * quotes, in NFC, at most 200 characters; a given name when nothing is left.
 */
public final class UploadName {

	private UploadName() {
	}

	public static String of(String original, String otherwise) {
		String name = (original != null) ? TextHygiene.clean(original) : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = otherwise;
		}
		return DownloadName.fitting(name, 200);
	}

}
