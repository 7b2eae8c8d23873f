package vn.thidua.portal;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.Role;

/**
 * {@code /guide}: the user guide in the app, one page per role with the year's steps in
 * order; the user's own role first, the others one click away (a leader may want to know
 * what the department does with its report).
 */
@Controller
class GuideController {

	@GetMapping("/guide")
	String guide(@RequestParam(required = false) String role, @AuthenticationPrincipal CurrentUser user, Model model) {
		Role shown = Arrays.stream(Role.values()).filter((r) -> r.name().equals(role)).findFirst().orElse(user.role());
		model.addAttribute("shown", shown);
		model.addAttribute("roles", List.of(Role.CLUSTER_LEADER, Role.UNIT, Role.STAFF, Role.DIRECTOR, Role.ADMIN));
		model.addAttribute("steps", java.util.stream.IntStream.rangeClosed(1, 9).boxed().toList());
		return "guide";
	}

}
