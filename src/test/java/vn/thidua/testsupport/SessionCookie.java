package vn.thidua.testsupport;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie a response set. Sessions live in PostgreSQL (Spring Session JDBC),
 * so a MockMvc test keeps a login by sending this cookie back, as a browser does, not by
 * reusing the mock's HttpSession.
 */
public final class SessionCookie {

	public static final String NAME = "THIDUA_SESSION";

	private SessionCookie() {
	}

	public static Cookie of(MvcResult result) {
		Cookie cookie = result.getResponse().getCookie(NAME);
		assertThat(cookie).as("session cookie %s", NAME).isNotNull();
		return cookie;
	}

}
