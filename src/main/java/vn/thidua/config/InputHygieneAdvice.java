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

	/**
	 * The longest list a form of the app may bind (a province's award proposals, a
	 * meeting's tasks, a cluster's votes stay well under it); an index beyond is refused
	 * with the 400 page ({@link MalformedRequestAdvice}).
	 */
	static final int LIST_CAP = 1000;

	@InitBinder
	void cleanText(WebDataBinder binder) {
		// first: the limit must be set before the binder is configured any further
		binder.setAutoGrowCollectionLimit(LIST_CAP);
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
