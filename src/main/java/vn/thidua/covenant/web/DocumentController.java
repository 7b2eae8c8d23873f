package vn.thidua.covenant.web;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.covenant.ClusterDocument;
import vn.thidua.covenant.ClusterDocuments;
import vn.thidua.covenant.DocumentForm;
import vn.thidua.covenant.DocumentKind;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.document.DownloadName;

/**
 * {@code /clusters/{id}/documents}: a cluster's documents, and its leader's form to add
 * one (with a file, or replacing an earlier one).
 */
@Controller
class DocumentController {

	private final ClusterDocuments documents;

	DocumentController(ClusterDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/clusters/{id}/documents")
	String list(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("page", this.documents.page(user, id));
		model.addAttribute("kinds", DocumentKind.values());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new DocumentForm());
		}
		return "covenant/documents";
	}

	@PostMapping("/clusters/{id}/documents")
	String add(@PathVariable long id, @ModelAttribute("form") DocumentForm form, BindingResult errors,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) throws IOException {
		byte[] content = (file != null && !file.isEmpty()) ? file.getBytes() : null;
		String name = (file != null) ? file.getOriginalFilename() : null;
		if (this.documents.add(user, id, form, name, content, errors).isEmpty()) {
			return list(id, user, model);
		}
		redirect.addFlashAttribute("message", "document.added");
		return "redirect:/clusters/" + id + "/documents";
	}

	@GetMapping("/clusters/{id}/documents/{documentId}/file")
	ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long documentId,
			@AuthenticationPrincipal CurrentUser user) {
		ClusterDocument document = this.documents.file(user, id, documentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(document.getContentType()))
			.header("Content-Disposition", DownloadName.attachment(document.getFileName()))
			.header("X-Content-Type-Options", "nosniff")
			.body(this.documents.content(document));
	}

}
