package vn.thidua.config;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limits of a request, answered by the app's own Vietnamese error page (with the
 * security headers: it runs in the security chain right after the header writer; the user
 * stays logged in) before anything reads the body: an address over {@value #MAX_URI}
 * characters (414), a form over 2 MB or an upload over the multipart limit (413). A body
 * that the container cannot read anyway (too many parts, a part header too long) answers
 * 400 or 413 instead of a 500. The page is written here, not by an error dispatch, which
 * would try to read the refused body again. Nothing here creates a session.
 */
class RequestLimitsFilter extends OncePerRequestFilter {

	static final int MAX_URI = 4096;

	static final long MAX_FORM_BYTES = 2L * 1024 * 1024;

	private final long maxMultipartBytes;

	private final LimitPage page;

	RequestLimitsFilter(DataSize maxMultipart, LimitPage page) {
		this.maxMultipartBytes = maxMultipart.toBytes();
		this.page = page;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (request.getRequestURI().length() + ((query != null) ? query.length() + 1 : 0) > MAX_URI) {
			this.page.write(request, response, HttpStatus.URI_TOO_LONG.value());
			return;
		}
		String type = (request.getContentType() != null) ? request.getContentType().toLowerCase() : "";
		long length = request.getContentLengthLong();
		if ((type.startsWith("multipart/") && length > this.maxMultipartBytes)
				|| (type.startsWith("application/x-www-form-urlencoded") && length > MAX_FORM_BYTES)) {
			this.page.write(request, response, HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (InvalidParameterException ex) {
			refuse(request, response, ex.getErrorCode());
		}
		catch (ServletException ex) {
			InvalidParameterException cause = invalidParameter(ex);
			if (cause == null) {
				throw ex;
			}
			refuse(request, response, cause.getErrorCode());
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, int code) throws IOException {
		if (!response.isCommitted()) {
			response.resetBuffer();
			this.page.write(request, response,
					(code == HttpStatus.CONTENT_TOO_LARGE.value()) ? code : HttpStatus.BAD_REQUEST.value());
		}
	}

	private static InvalidParameterException invalidParameter(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException invalid) {
				return invalid;
			}
		}
		return null;
	}

}
