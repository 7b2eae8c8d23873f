package vn.thidua.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The small error page of a refused request (413, 414, 400) in the reader's language,
 * written without the template engine or Spring MVC: the request's body is not read
 * again. Same styles and words as the other error pages.
 */
class LimitPage {

	private final MessageSource messages;

	private final LocaleResolver locales;

	LimitPage(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status) throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		String context = request.getContextPath();
		String html = """
				<!DOCTYPE html>
				<html lang="%s">
				<head>
				<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s – %s</title>
				<link rel="stylesheet" href="%s/webjars/bootstrap/css/bootstrap.min.css">
				<link rel="stylesheet" href="%s/css/app.css">
				</head>
				<body>
				<main class="container-xl py-5"><div class="row justify-content-center"><div class="col-md-8 col-lg-6 text-center">
				<div class="display-4 fw-bold text-body-secondary">%d</div>
				<h1 class="h3 mt-2">%s</h1>
				<p class="text-body-secondary">%s</p>
				<a class="btn btn-primary" href="%s/">%s</a>
				</div></div></main>
				</body>
				</html>
				"""
			.formatted(locale.getLanguage(), text("error." + status + ".title", locale), text("app.name", locale),
					context, context, status, text("error." + status + ".title", locale),
					text("error." + status + ".message", locale), context, text("error.back", locale));
		response.setStatus(status);
		response.setContentType("text/html;charset=UTF-8");
		response.setHeader("Connection", "close");
		byte[] body = html.getBytes(StandardCharsets.UTF_8);
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
		response.flushBuffer();
	}

	private String text(String key, Locale locale) {
		return HtmlUtils.htmlEscape(this.messages.getMessage(key, null, key, locale), "UTF-8");
	}

}
