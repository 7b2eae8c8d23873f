package vn.thidua.account;

import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * A refused login goes back to the login page with the user name as typed, so that only
 * the password is typed again. The name travels in a short-lived cookie limited to the
 * login page (never in the address, and without creating a session for an anonymous
 * visitor).
 */
@Component
public class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	static final String COOKIE = "thidua-last-username";

	private static final int MAX_LENGTH = 100;

	LoginFailureHandler() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
		String username = request.getParameter("username");
		if (username != null && !username.isBlank()) {
			String kept = (username.length() > MAX_LENGTH) ? username.substring(0, MAX_LENGTH) : username;
			response.addHeader("Set-Cookie",
					cookie(URLEncoder.encode(kept, StandardCharsets.UTF_8), request, Duration.ofMinutes(5)));
		}
		super.onAuthenticationFailure(request, response, exception);
	}

	/**
	 * The user name of the last refused login, once: the cookie is removed as it is read.
	 */
	public static String takeLastUsername(HttpServletRequest request, HttpServletResponse response) {
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie == null) {
			return null;
		}
		response.addHeader("Set-Cookie", cookie("", request, Duration.ZERO));
		try {
			return URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String cookie(String value, HttpServletRequest request, Duration maxAge) {
		return ResponseCookie.from(COOKIE, value)
			.path(request.getContextPath() + "/login")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(maxAge)
			.build()
			.toString();
	}

}
