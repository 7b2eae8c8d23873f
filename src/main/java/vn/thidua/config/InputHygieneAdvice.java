package vn.thidua.config;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import vn.thidua.shared.TextHygiene;

/**
 * Every text that reaches a controller (form fields, query parameters) is cleaned in one
 * place ({@link TextHygiene}): no NUL or other control character reaches the database, no
 * direction override reaches a page. Passwords are left exactly as typed: they are
 * compared with what the login form sends.
 */
@ControllerAdvice
class InputHygieneAdvice {

	private static final String[] PASSWORD_FIELDS = { "password", "current", "confirmation" };

	@InitBinder
	void cleanText(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new CleanText());
		for (String field : PASSWORD_FIELDS) {
			binder.registerCustomEditor(String.class, field, new AsTyped());
		}
	}

	/** Cleans text as it is bound. */
	static final class CleanText extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(TextHygiene.clean(text));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

	/** Binds text unchanged. */
	static final class AsTyped extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
