package vn.thidua.shared;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.function.Supplier;

/**
 * Which year a page shows when the user names none.
 */
public final class Years {

	private Years() {
	}

	/**
	 * The requested year; else the current year if it has data, else the latest earlier
	 * year that has; else the current year.
	 * @param requested the year asked for, or {@code null}
	 * @param available years that have data, newest first
	 * @param clock the application clock (Asia/Ho_Chi_Minh)
	 */
	public static int choose(Integer requested, List<Integer> available, Clock clock) {
		return choose(requested, () -> available, clock);
	}

	/**
	 * {@link #choose(Integer, List, Clock)} with the years read only when no year is
	 * requested.
	 */
	public static int choose(Integer requested, Supplier<List<Integer>> available, Clock clock) {
		if (requested != null) {
			return requested;
		}
		int current = Year.now(clock).getValue();
		return available.get().stream().filter((y) -> y <= current).findFirst().orElse(current);
	}

}
