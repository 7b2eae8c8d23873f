package vn.thidua.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in every test context: the system's time in Vietnam until a
 * test sets it, then that time, moved only by the test; back to the system's after each
 * test method ({@link ClearCachesAfterEachTest}). One clock for all tests, so a test that
 * needs time under its control shares the application context of the others instead of
 * replacing the bean (which would start a context of its own).
 */
@Component
@Primary
public class TestClock extends Clock {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final AtomicReference<Instant> fixed = new AtomicReference<>();

	/** From now on the clock reads {@code instant} until it is moved or reset. */
	public void set(Instant instant) {
		this.fixed.set(instant);
	}

	/** Moves a set clock forward. */
	public void advance(Duration duration) {
		this.fixed.updateAndGet((instant) -> {
			if (instant == null) {
				throw new IllegalStateException("the test clock is not set");
			}
			return instant.plus(duration);
		});
	}

	/** Back to the system's time. */
	public void reset() {
		this.fixed.set(null);
	}

	@Override
	public ZoneId getZone() {
		return VIETNAM;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return (zone.equals(VIETNAM)) ? this : Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		Instant instant = this.fixed.get();
		return (instant != null) ? instant : Instant.now();
	}

}
