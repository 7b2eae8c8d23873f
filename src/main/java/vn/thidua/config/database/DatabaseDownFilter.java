package vn.thidua.config.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request. While the embedded database starts again, or when a
 * request fails because no database connection could be had (the pool waits a few
 * seconds, not 30), the answer is a short Vietnamese 503 page written without the
 * database (no session, no template), and the browser tries again by itself.
 */
public class DatabaseDownFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseDownFilter.class);

	private final DatabaseState state;

	private final byte[] page;

	public DatabaseDownFilter(DatabaseState state) {
		this.state = state;
		try (InputStream in = new ClassPathResource("static/database-down.html").getInputStream()) {
			this.page = in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.state.isRestarting() && !request.getRequestURI().startsWith("/webjars/")) {
			unavailable(response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!noDatabase(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("No database connection for {}: {}", request.getRequestURI(), ex.getMessage());
			response.resetBuffer();
			unavailable(response);
		}
	}

	private void unavailable(HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "5");
		response.setHeader("Cache-Control", "no-store");
		response.setContentType("text/html;charset=UTF-8");
		response.setContentLength(this.page.length);
		response.getOutputStream().write(this.page);
	}

	/** Whether the failure is the database being out of reach. */
	static boolean noDatabase(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof java.sql.SQLTransientConnectionException
					|| (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08"))) {
				return true;
			}
		}
		return false;
	}

}
