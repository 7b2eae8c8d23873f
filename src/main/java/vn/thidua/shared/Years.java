package vn.thidua.shared;

import java.time.Clock;
import java.time.Year;
import java.util.List;

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
		if (requested != null) {
			return requested;
		}
		int current = Year.now(clock).getValue();
		return available.stream().filter((y) -> y <= current).findFirst().orElse(current);
	}

}
