package vn.thidua.notification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.notification.MailOutbox;
import vn.thidua.notification.NotificationKind;
import vn.thidua.notification.Notifications;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.NotFoundException;

/**
 * {@code /notifications}: the user's inbox (read one, read all);
 * {@code /account/notifications}: which kinds also come by e-mail; {@code /admin/mail}:
 * the outbox's state for the administrator.
 */
@Controller
class NotificationController {

	private final Notifications notifications;

	private final MailOutbox outbox;

	NotificationController(Notifications notifications, MailOutbox outbox) {
		this.notifications = notifications;
		this.outbox = outbox;
	}

	@GetMapping("/notifications")
	String inbox(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		model.addAttribute("entries", this.notifications.inbox(user.id(), locale));
		return "notification/inbox";
	}

	/** Opens a notification: marked read, then its page. */
	@PostMapping("/notifications/{id}/read")
	String read(@PathVariable long id, @RequestParam(required = false) String to,
			@AuthenticationPrincipal CurrentUser user) {
		if (!this.notifications.markRead(user.id(), id)) {
			throw NotFoundException.of("Notification", id);
		}
		// only a path of this app, never another site
		boolean local = to != null && to.startsWith("/") && !to.startsWith("//") && !to.contains("\\");
		return "redirect:" + (local ? to : "/notifications");
	}

	@PostMapping("/notifications/read-all")
	String readAll(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.notifications.markAllRead(user.id());
		redirect.addFlashAttribute("message", "notification.allRead");
		return "redirect:/notifications";
	}

	@GetMapping("/account/notifications")
	String settings(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("kinds", NotificationKind.values());
		model.addAttribute("optOuts", this.notifications.optOuts(user.id()));
		return "notification/settings";
	}

	@PostMapping("/account/notifications")
	String saveSettings(@RequestParam(name = "mail", required = false) List<NotificationKind> mail,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		List<NotificationKind> optOuts = new ArrayList<>(List.of(NotificationKind.values()));
		if (mail != null) {
			optOuts.removeAll(mail);
		}
		this.notifications.setOptOuts(user.id(), optOuts);
		redirect.addFlashAttribute("message", "notification.settings.saved");
		return "redirect:/account/notifications";
	}

	@GetMapping("/admin/mail")
	String mail(Model model) {
		model.addAttribute("status", this.outbox.status());
		return "notification/mail";
	}

}
