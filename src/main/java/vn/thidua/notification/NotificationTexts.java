package vn.thidua.notification;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words of a notification, from the message bundles:
 * {@code NotificationKind.<kind>.title} and, where the kind has one, {@code .body}, each
 * with the notification's arguments. A body is left out when one of the arguments is
 * missing (a task without a due date, a decision without a cluster's part). A
 * notification written before the arguments were kept carries its own title and body.
 */
@Component
class NotificationTexts {

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A notification's title and body.
	 *
	 * @param title the title
	 * @param body the text under it, or {@code null}
	 */
	record Text(String title, String body) {
	}

	/**
	 * Words the notification.
	 * @param kind its kind
	 * @param args its arguments, or {@code null} for one written with its own words
	 * @param title the words it was written with, when {@code args} is {@code null}
	 * @param body likewise
	 * @param locale the reader's language
	 */
	Text of(NotificationKind kind, String[] args, String title, String body, Locale locale) {
		if (args == null) {
			return new Text(title, body);
		}
		String key = "NotificationKind." + kind.name();
		Object[] arguments = args;
		String worded = this.messages.getMessage(key + ".title", arguments, locale);
		boolean complete = Arrays.stream(args).allMatch(Objects::nonNull);
		String text = complete ? this.messages.getMessage(key + ".body", arguments, null, locale) : null;
		return new Text(worded, (text == null || text.isBlank()) ? null : text);
	}

}
