package vn.thidua.account;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Throttles logins per client address, beside the per-account lockout: after
 * {@value #FREE_FAILURES} failures within {@link #WINDOW} from one address, its next
 * logins are refused for one minute, then two, four… up to fifteen, whichever account
 * they name (one address trying many names is stopped). The limit is generous because the
 * computers of one office often share an address. Counted per instance of the app, in
 * memory: several instances throttle a little later, never wrongly.
 */
@Component
public class LoginThrottle extends OncePerRequestFilter {

	public static final int FREE_FAILURES = 20;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration FIRST_BLOCK = Duration.ofMinutes(1);

	static final Duration MAX_BLOCK = Duration.ofMinutes(15);

	private final Cache<String, State> states = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofHours(1))
		.maximumSize(100_000)
		.build();

	private final Clock clock;

	private final ObjectProvider<vn.thidua.account.LoginGuard> guard;

	LoginThrottle(Clock clock, ObjectProvider<vn.thidua.account.LoginGuard> guard) {
		this.clock = clock;
		this.guard = guard;
	}

	/** A failed login from this address. */
	public void failed(String address) {
		if (address != null) {
			this.states.get(address, (key) -> new State()).failed(this.clock.instant());
		}
	}

	/** How long the address must still wait, {@link Duration#ZERO} if it may try. */
	public Duration blockedFor(String address) {
		State state = (address != null) ? this.states.getIfPresent(address) : null;
		return (state != null) ? state.blockedFor(this.clock.instant()) : Duration.ZERO;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !"/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Duration wait = blockedFor(request.getRemoteAddr());
		if (wait.isZero()) {
			// a name that failed from this address waits a growing delay before its next
			// try
			Duration slowed = this.guard.getObject()
				.check(AppUser.normalizeUsername(request.getParameter("username")), request.getRemoteAddr())
				.delay();
			if (!slowed.isZero()) {
				response.sendRedirect(request.getContextPath() + "/login?slowed=" + Math.max(1, slowed.toSeconds()));
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
		response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
	}

	/** The failures of one address and its current block. */
	private static final class State {

		private int failures;

		private Instant windowStart = Instant.EPOCH;

		private int blocks;

		private Instant blockedUntil = Instant.EPOCH;

		public synchronized void failed(Instant now) {
			if (now.isAfter(this.windowStart.plus(WINDOW))) {
				this.windowStart = now;
				this.failures = 0;
			}
			this.failures++;
			if (this.failures >= FREE_FAILURES) {
				Duration block = FIRST_BLOCK.multipliedBy(1L << Math.min(this.blocks, 4));
				this.blockedUntil = now.plus((block.compareTo(MAX_BLOCK) > 0) ? MAX_BLOCK : block);
				this.blocks++;
				this.failures = 0;
				this.windowStart = now;
			}
		}

		public synchronized Duration blockedFor(Instant now) {
			return this.blockedUntil.isAfter(now) ? Duration.between(now, this.blockedUntil) : Duration.ZERO;
		}

	}

}
