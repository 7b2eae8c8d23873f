package vn.thidua.config;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Sessions in PostgreSQL without a write on every request: Spring Session marks a session
 * changed whenever a request touches it (its last-access time), so each page view would
 * update its row and wait for the commit to reach the disk. Here the last-access time is
 * written only when it moved by at least {@code resolution}; a session then expires up to
 * that much earlier than the 30 idle minutes. Any change of attributes (login, CSRF
 * token, flash messages) is saved as before.
 */
final class ThrottledSessionRepository implements SessionRepository<ThrottledSessionRepository.ThrottledSession> {

	private final SessionRepository<Session> delegate;

	private final Duration resolution;

	@SuppressWarnings("unchecked")
	ThrottledSessionRepository(SessionRepository<? extends Session> delegate, Duration resolution) {
		this.delegate = (SessionRepository<Session>) delegate;
		this.resolution = resolution;
	}

	@Override
	public ThrottledSession createSession() {
		return new ThrottledSession(this.delegate.createSession(), null, this.resolution);
	}

	@Override
	public void save(ThrottledSession session) {
		this.delegate.save(session.delegate);
	}

	@Override
	public ThrottledSession findById(String id) {
		Session found = this.delegate.findById(id);
		return (found != null) ? new ThrottledSession(found, found.getLastAccessedTime(), this.resolution) : null;
	}

	@Override
	public void deleteById(String id) {
		this.delegate.deleteById(id);
	}

	/** A stored session whose last-access time moves only in steps of the resolution. */
	static final class ThrottledSession implements Session {

		private final Session delegate;

		private final Instant stored;

		private final Duration resolution;

		ThrottledSession(Session delegate, Instant stored, Duration resolution) {
			this.delegate = delegate;
			this.stored = stored;
			this.resolution = resolution;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (this.stored == null || !lastAccessedTime.isBefore(this.stored.plus(this.resolution))) {
				this.delegate.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return this.delegate.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return this.delegate.getId();
		}

		@Override
		public String changeSessionId() {
			return this.delegate.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String attributeName) {
			return this.delegate.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return this.delegate.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			this.delegate.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			this.delegate.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return this.delegate.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			this.delegate.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return this.delegate.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return this.delegate.isExpired();
		}

	}

}
