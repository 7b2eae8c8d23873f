package vn.thidua.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.thidua.account.LoginFailureHandler;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("lastUsername", LoginFailureHandler.takeLastUsername(request, response));
		// a session that no longer exists (idle too long, or ended because the account
		// changed): say so instead of a bare login page
		model.addAttribute("sessionEnded", request.getParameter("ended") != null
				|| (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid()));
		return "account/login";
	}

}
