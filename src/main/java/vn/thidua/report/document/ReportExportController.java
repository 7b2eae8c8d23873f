package vn.thidua.report.document;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.thidua.report.ReportService;
import vn.thidua.report.ReportSheet;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.document.DownloadName;

@Controller
public class ReportExportController {

	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final ReportService reports;

	private final ReportDocument document;

	ReportExportController(ReportService reports, ReportDocument document) {
		this.reports = reports;
		this.document = document;
	}

	@GetMapping("/reports/{id}/export.docx")
	ResponseEntity<byte[]> docx(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		ReportSheet sheet = this.reports.sheet(user, id);
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.attachment(this.document.fileName(sheet)))
			.body(this.document.render(sheet));
	}

}
