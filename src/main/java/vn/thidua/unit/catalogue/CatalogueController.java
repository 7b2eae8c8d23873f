package vn.thidua.unit.catalogue;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.shared.CurrentUser;

/**
 * {@code /admin/units/import}: upload the official catalogue, see every row checked,
 * confirm. A catalogue whose every row is good is kept by an id (a day at most) until
 * confirmed.
 */
@Controller
@RequestMapping("/admin/units/import")
class CatalogueController {

	private final CatalogueImport imports;

	CatalogueController(CatalogueImport imports) {
		this.imports = imports;
	}

	@GetMapping
	String form() {
		return "admin/unit-import";
	}

	@PostMapping
	String preview(@RequestParam(name = "units", required = false) MultipartFile units,
			@RequestParam(name = "lineage", required = false) MultipartFile lineage,
			@AuthenticationPrincipal CurrentUser admin, Model model) throws IOException {
		model.addAttribute("catalogue",
				this.imports.preview(admin, name(units), bytes(units), name(lineage), bytes(lineage)));
		return "admin/unit-import";
	}

	@PostMapping("/{pendingId}")
	String confirm(@PathVariable long pendingId, @AuthenticationPrincipal CurrentUser admin, Model model,
			RedirectAttributes redirect) {
		Optional<Catalogue> saved = this.imports.confirm(admin, pendingId);
		if (saved.isEmpty()) {
			model.addAttribute("expired", true);
			return "admin/unit-import";
		}
		if (!saved.get().ok()) {
			model.addAttribute("catalogue", saved.get());
			return "admin/unit-import";
		}
		redirect.addFlashAttribute("message", "unit.import.saved");
		redirect.addFlashAttribute("messageArgs",
				new Object[] { Long.toString(saved.get().toAdd()), Long.toString(saved.get().linksToAdd()) });
		return "redirect:/admin/units";
	}

	private static String name(MultipartFile file) {
		return (file != null) ? file.getOriginalFilename() : null;
	}

	private static byte[] bytes(MultipartFile file) throws IOException {
		return (file != null && !file.isEmpty()) ? file.getBytes() : null;
	}

}
