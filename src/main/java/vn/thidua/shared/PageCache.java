package vn.thidua.shared;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.ui.Model;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Whole rendered pages kept in memory for pages that are read far more often than their
 * data changes (the rankings). An entry is keyed by what the page depends on (the
 * caller's key: user, parameters), the locale, the date, and the database's page data
 * version: a row that triggers bump in the same transaction as any change such a page
 * shows ({@code V8__page_data_version.sql}). A hit costs one indexed read and no
 * rendering; the version is read before the data, so a page is never stored under a newer
 * version than its data, and several instances of the app on one database stay correct.
 * <p>
 * The session's CSRF token is cut out of the stored page and put back for each request.
 * Pages carrying a flash message, or rendered inside a caller's transaction (whose data
 * may yet be rolled back), are rendered but not stored.
 */
@Component
public class PageCache {

	private static final String TOKEN_MARK = "\u0000csrf\u0000";

	private static final long MAX_CHARS = 32L * 1024 * 1024;

	private final Cache<List<Object>, String> pages = Caffeine.newBuilder()
		.maximumWeight(MAX_CHARS)
		.weigher((List<Object> key, String page) -> page.length())
		.build();

	private final EntityManager entityManager;

	private final ViewResolver views;

	private final Clock clock;

	PageCache(EntityManager entityManager, @Qualifier("thymeleafViewResolver") ViewResolver views, Clock clock) {
		this.entityManager = entityManager;
		this.views = views;
		this.clock = clock;
	}

	/**
	 * Write the page {@code viewName} for {@code key}: from memory if rendered at the
	 * current data version, else after {@code fill} has put the page's data into the
	 * model.
	 */
	public void render(String viewName, List<?> key, Model model, Consumer<Model> fill, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		Locale locale = RequestContextUtils.getLocale(request);
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		boolean storable = (flash == null || flash.isEmpty())
				&& !TransactionSynchronizationManager.isActualTransactionActive();
		Number version = (Number) this.entityManager.createNativeQuery("select version from page_data_version")
			.getSingleResult();
		List<Object> fullKey = List.of(viewName, key, locale, LocalDate.now(this.clock), version.longValue());
		String page = storable ? this.pages.getIfPresent(fullKey) : null;
		CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		if (page == null) {
			fill.accept(model);
			page = render(viewName, locale, model, request, response);
			if (token != null) {
				page = page.replace(token.getToken(), TOKEN_MARK);
			}
			if (storable) {
				this.pages.put(fullKey, page);
			}
		}
		response.setContentType("text/html;charset=UTF-8");
		response.getWriter().write((token != null) ? page.replace(TOKEN_MARK, token.getToken()) : page);
	}

	long size() {
		return this.pages.estimatedSize();
	}

	private String render(String viewName, Locale locale, Model model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		View view = this.views.resolveViewName(viewName, locale);
		if (view == null) {
			throw new IllegalStateException("No view " + viewName);
		}
		StringWriter out = new StringWriter(64 * 1024);
		view.render(model.asMap(), request, new CapturedResponse(response, out));
		return out.toString();
	}

	/** The response as a view sees it, its body going to a string. */
	private static final class CapturedResponse extends HttpServletResponseWrapper {

		private final PrintWriter writer;

		CapturedResponse(HttpServletResponse response, StringWriter out) {
			super(response);
			this.writer = new PrintWriter(out);
		}

		@Override
		public PrintWriter getWriter() {
			return this.writer;
		}

		@Override
		public ServletOutputStream getOutputStream() throws IOException {
			throw new IOException("a cached page is written as characters");
		}

		@Override
		public void flushBuffer() {
			this.writer.flush();
		}

	}

}
