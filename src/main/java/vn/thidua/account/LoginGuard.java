package vn.thidua.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed logins by user name and client address. A wrong password slows that name from
 * that address: from the {@value #FREE}rd failure within {@link #WINDOW} the next try
 * waits 1 s, then 2, 4, … up to 15 minutes. The account is locked only when failures come
 * from {@value #ADDRESSES} or more addresses within the window ({@value #LOCK_FAILURES}
 * in all), and then only for the addresses that failed: the rightful user, from an
 * address with no failure, still signs in, and no one who knows a user name can hold the
 * account.
 */
@Component
public class LoginGuard {

	static final int FREE = 3;

	public static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration MAX_WAIT = Duration.ofMinutes(15);

	static final int ADDRESSES = 3;

	static final int LOCK_FAILURES = 10;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	LoginGuard(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * What a login of this name from this address must wait for.
	 *
	 * @param delay how long before it may try, {@link Duration#ZERO} if it may
	 * @param locked whether the account is locked for this address (failures from several
	 * addresses, this one among them)
	 */
	public record Verdict(Duration delay, boolean locked) {

		public boolean allowed() {
			return this.delay.isZero() && !this.locked;
		}

	}

	public Verdict check(String name, String address) {
		String username = key(name);
		if (username.isEmpty() || address == null) {
			return new Verdict(Duration.ZERO, false);
		}
		Instant now = this.clock.instant();
		List<Failure> failures = this.jdbc.query(
				"select address, failed_at from login_failures where username = ? and failed_at > ? order by failed_at",
				(rs, i) -> new Failure(rs.getString(1), rs.getTimestamp(2).toInstant()), username,
				Timestamp.from(now.minus(WINDOW)));
		List<Failure> mine = failures.stream().filter((f) -> f.address().equals(address)).toList();
		boolean locked = !mine.isEmpty() && isLocked(failures);
		Duration wait = Duration.ZERO;
		if (mine.size() >= FREE) {
			Duration delay = Duration.ofSeconds(1L << Math.min(mine.size() - FREE, 20));
			if (delay.compareTo(MAX_WAIT) > 0) {
				delay = MAX_WAIT;
			}
			Instant until = mine.get(mine.size() - 1).at().plus(delay);
			if (until.isAfter(now)) {
				wait = Duration.between(now, until);
			}
		}
		return new Verdict(wait, locked);
	}

	/**
	 * A failed login; whether the account is now locked (for the addresses that failed).
	 */
	public boolean failed(String name, String address) {
		String username = key(name);
		if (username.isEmpty() || address == null) {
			return false;
		}
		Instant now = this.clock.instant();
		this.jdbc.update("delete from login_failures where username = ? and failed_at < ?", username,
				Timestamp.from(now.minus(Duration.ofDays(1))));
		this.jdbc.update("insert into login_failures (username, address, failed_at) values (?, ?, ?)", username,
				address, Timestamp.from(now));
		return isLocked(
				this.jdbc.query("select address, failed_at from login_failures where username = ? and failed_at > ?",
						(rs, i) -> new Failure(rs.getString(1), rs.getTimestamp(2).toInstant()), username,
						Timestamp.from(now.minus(WINDOW))));
	}

	/** A successful login forgets that address's failures for the name. */
	public void succeeded(String username, String address) {
		if (address != null) {
			this.jdbc.update("delete from login_failures where username = ? and address = ?", key(username), address);
		}
	}

	/** The name as kept: no account has a longer one, so a cut name still tells apart. */
	private static String key(String username) {
		String name = (username != null) ? username.strip() : "";
		return (name.length() > 100) ? name.substring(0, 100) : name;
	}

	private static boolean isLocked(List<Failure> failures) {
		return failures.size() >= LOCK_FAILURES
				&& failures.stream().map(Failure::address).distinct().count() >= ADDRESSES;
	}

	private record Failure(String address, Instant at) {
	}

}
