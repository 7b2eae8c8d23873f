package vn.thidua.shared;

/**
 * Page numbers as lists take them: from 0, and never so far that the row offset overflows
 * ({@code ?page=999999999} shows an empty last page, not an error).
 */
public final class Pages {

	/** Far beyond any real list: 100,000 pages. */
	public static final int MAX_PAGE = 100_000;

	private Pages() {
	}

	public static int clamp(int page) {
		return Math.max(0, Math.min(page, MAX_PAGE));
	}

}
