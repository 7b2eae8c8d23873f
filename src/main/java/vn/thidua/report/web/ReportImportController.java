package vn.thidua.report.web;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.report.ReportSheet;
import vn.thidua.report.ScoreImports;
import vn.thidua.report.imports.ScoreWorkbook;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.document.DocumentWords;
import vn.thidua.shared.document.DownloadName;

/**
 * {@code /reports/{id}/import}: the leader downloads the Excel template of its draft,
 * uploads it filled, sees every wrong cell or a preview, and confirms; nothing is saved
 * before the confirmation.
 */
@Controller
class ReportImportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ScoreImports imports;

	private final DocumentWords words;

	ReportImportController(ScoreImports imports, DocumentWords words) {
		this.words = words;
		this.imports = imports;
	}

	@GetMapping("/reports/{id}/import")
	String form(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("sheet", this.imports.sheet(user, id));
		model.addAttribute("target",
				user.role().isDepartment() ? ScoreImports.Target.SELF : ScoreImports.Target.LEADER);
		return "report/import";
	}

	@GetMapping("/reports/{id}/import/template.xlsx")
	ResponseEntity<byte[]> template(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		ReportSheet sheet = this.imports.sheet(user, id);
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header("Content-Disposition",
					DownloadName.attachment(DownloadName.of("xlsx", this.words.get("doc.scores.file"),
							sheet.periodInSentence(), sheet.cluster().getName())))
			.body(ScoreWorkbook.template(sheet, this.words));
	}

	@PostMapping("/reports/{id}/import")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "LEADER") ScoreImports.Target target,
			@AuthenticationPrincipal CurrentUser user, Model model) throws IOException {
		ReportSheet sheet = this.imports.sheet(user, id);
		model.addAttribute("sheet", sheet);
		model.addAttribute("target", target);
		if (file == null || file.isEmpty()) {
			model.addAttribute("noFile", true);
			return "report/import";
		}
		ScoreImports.Preview preview = this.imports.preview(user, id, file.getOriginalFilename(), file.getBytes(),
				target);
		model.addAttribute("preview", preview);
		model.addAttribute("fileName", file.getOriginalFilename());
		return "report/import";
	}

	@PostMapping("/reports/{id}/import/{pendingId}")
	String confirm(@PathVariable long id, @PathVariable long pendingId, @RequestParam int version,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		int changed = this.imports.apply(user, id, pendingId, version);
		redirect.addFlashAttribute("message", "report.import.done");
		redirect.addFlashAttribute("importedCount", changed);
		// the leader goes on in its editor; the department reads the report
		return user.role().isDepartment() ? "redirect:/reports/" + id : "redirect:/reports/" + id + "/edit";
	}

}
