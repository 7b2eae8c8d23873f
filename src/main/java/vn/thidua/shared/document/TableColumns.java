package vn.thidua.shared.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Widths of text in Times New Roman, estimated from its letter widths, so that a Word
 * table never breaks a header inside a word ("ST/T") and an agency name is split into
 * balanced lines instead of leaving one word alone ("TIN").
 */
final class TableColumns {

	private TableColumns() {
	}

	/**
	 * The column widths in twips: in proportion to {@code weights}, but each at least as
	 * wide as the longest word of its header, taken from the widest columns.
	 */
	static int[] widths(List<String> headers, int total, int fontSize, int padding, int... weights) {
		int columns = weights.length;
		int sum = Arrays.stream(weights).sum();
		int[] widths = new int[columns];
		int[] minimum = new int[columns];
		for (int c = 0; c < columns; c++) {
			widths[c] = total * weights[c] / sum;
			minimum[c] = longestWord(headers.get(c), fontSize, true) + padding + 40;
		}
		for (int round = 0; round < columns; round++) {
			int missing = 0;
			for (int c = 0; c < columns; c++) {
				if (widths[c] < minimum[c]) {
					missing += minimum[c] - widths[c];
					widths[c] = minimum[c];
				}
			}
			if (missing == 0) {
				break;
			}
			int spare = 0;
			for (int c = 0; c < columns; c++) {
				spare += Math.max(0, widths[c] - minimum[c]);
			}
			if (spare == 0) {
				break;
			}
			int taken = 0;
			for (int c = 0; c < columns; c++) {
				int share = (int) ((long) missing * Math.max(0, widths[c] - minimum[c]) / spare);
				widths[c] -= share;
				taken += share;
			}
			// rounding: the rest from the widest column
			int widest = 0;
			for (int c = 1; c < columns; c++) {
				if (widths[c] - minimum[c] > widths[widest] - minimum[widest]) {
					widest = c;
				}
			}
			widths[widest] -= missing - taken;
		}
		return widths;
	}

	/**
	 * The text in as few lines as fit {@code width} twips, the lines as even as possible;
	 * a line break in it is kept.
	 */
	static List<String> balancedLines(String text, int width, int fontSize, boolean bold) {
		if (text != null && text.contains("\n")) {
			// a line break written in the text is kept ("ỦY BAN NHÂN DÂN" above "XÃ ANH
			// SƠN")
			List<String> lines = new ArrayList<>();
			for (String part : text.split("\\R")) {
				lines.addAll(balancedLines(part.strip(), width, fontSize, bold));
			}
			return lines;
		}
		if (text == null || textWidth(text, fontSize, bold) <= width) {
			return (text == null) ? List.of() : List.of(text);
		}
		String[] words = text.trim().split("\\s+");
		for (int lines = 2; lines <= words.length; lines++) {
			List<String> best = null;
			int bestWidest = Integer.MAX_VALUE;
			for (List<String> split : splits(words, 0, lines)) {
				int widest = split.stream().mapToInt((line) -> textWidth(line, fontSize, bold)).max().orElse(0);
				if (widest < bestWidest) {
					bestWidest = widest;
					best = split;
				}
			}
			if (bestWidest <= width) {
				return best;
			}
		}
		return Arrays.asList(words);
	}

	private static List<List<String>> splits(String[] words, int from, int lines) {
		List<List<String>> result = new ArrayList<>();
		if (lines == 1) {
			result.add(new ArrayList<>(List.of(String.join(" ", Arrays.copyOfRange(words, from, words.length)))));
			return result;
		}
		for (int end = from + 1; end <= words.length - (lines - 1); end++) {
			String first = String.join(" ", Arrays.copyOfRange(words, from, end));
			for (List<String> rest : splits(words, end, lines - 1)) {
				rest.add(0, first);
				result.add(rest);
			}
		}
		return result;
	}

	/** The estimated width of the text in twips. */
	static int textWidth(String text, int fontSize, boolean bold) {
		double em = 0;
		for (int i = 0; i < text.length(); i++) {
			em += letterWidth(text.charAt(i));
		}
		return (int) Math.ceil(em * fontSize * 20 * (bold ? 1.06 : 1.0));
	}

	private static int longestWord(String text, int fontSize, boolean bold) {
		return Arrays.stream(text.split("\\s+")).mapToInt((w) -> textWidth(w, fontSize, bold)).max().orElse(0);
	}

	/** Letter widths of Times New Roman in ems (base letters; diacritics add none). */
	private static double letterWidth(char c) {
		char base = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).charAt(0);
		if (c == 'Đ') {
			base = 'D';
		}
		else if (c == 'đ') {
			base = 'd';
		}
		if (base == ' ') {
			return 0.25;
		}
		if ("MW".indexOf(base) >= 0) {
			return 0.92;
		}
		if (Character.isUpperCase(base)) {
			return 0.72;
		}
		if ("mw".indexOf(base) >= 0) {
			return 0.75;
		}
		if ("ijlft".indexOf(base) >= 0) {
			return 0.30;
		}
		if (Character.isLowerCase(base) || Character.isDigit(base)) {
			return 0.50;
		}
		return 0.35;
	}

}
