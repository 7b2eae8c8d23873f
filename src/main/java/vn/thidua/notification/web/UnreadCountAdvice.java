package vn.thidua.notification.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.thidua.notification.Notifications;
import vn.thidua.shared.CurrentUser;

/** The unread count in the header of every page of a signed-in user. */
@ControllerAdvice
class UnreadCountAdvice {

	private final Notifications notifications;

	UnreadCountAdvice(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotifications")
	Integer unreadNotifications() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return this.notifications.unreadCount(user.id());
		}
		return null;
	}

}
