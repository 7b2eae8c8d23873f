package vn.thidua.report;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Refuses an evidence upload far over the limit before anything parses it (Spring
 * Security's CSRF check reads the multipart body, and would fail on it with no page to
 * show): back to the report with the same message as any refused file. Uploads up to the
 * container's limit reach the application, which checks the 10 MB rule itself and answers
 * at the field.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadSizeFilter extends OncePerRequestFilter {

	/**
	 * Between the 10 MB rule and the container's multipart limit (12 MB): a larger
	 * request carries a file over 10 MB whatever its form fields.
	 */
	static final long MAX_REQUEST_BYTES = 11L * 1024 * 1024;

	private static final Pattern UPLOAD = Pattern.compile("^/reports/(\\d+)/attachments$");

	private final SessionFlashMapManager flash = new SessionFlashMapManager();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() <= MAX_REQUEST_BYTES) {
			chain.doFilter(request, response);
			return;
		}
		Matcher upload = UPLOAD.matcher(request.getRequestURI().substring(request.getContextPath().length()));
		upload.matches();
		String target = request.getContextPath() + "/reports/" + upload.group(1);
		FlashMap message = new FlashMap();
		message.put("error", "attachment.error.tooLarge");
		message.setTargetRequestPath(target);
		this.flash.saveOutputFlashMap(message, request, response);
		response.sendRedirect(target);
	}

}
