package vn.thidua.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /admin}: the administrator's entry to users, year set-up, criteria, units and
 * the audit log.
 */
@Controller
class AdminController {

	@GetMapping("/admin")
	String index() {
		return "admin/index";
	}

}
