package vn.thidua.report.attachment;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.document.DownloadName;

/**
 * Downloads of evidence files; they are uploaded with the draft they belong to (the
 * leader's editor, a unit's self-assessment).
 */
@Controller
class AttachmentController {

	private final AttachmentService attachments;

	AttachmentController(AttachmentService attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/reports/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
			@AuthenticationPrincipal CurrentUser user) {
		Attachment attachment = this.attachments.load(user, id, attachmentId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.getContentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, DownloadName.attachment(attachment.getFileName()))
			.header("X-Content-Type-Options", "nosniff")
			.body(attachment.getContent());
	}

}
