package vn.thidua.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.account.AppUser;
import vn.thidua.account.CurrentUser;
import vn.thidua.account.Role;
import vn.thidua.audit.AuditService;

/**
 * Evidence files: stored while a report is being written, by its leader (for the report)
 * or a member district (for its self-assessment); read by whoever may see the report.
 */
@Service
@Transactional
public class AttachmentService {

	private final AttachmentRepository attachments;

	private final ReportAccess access;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final Clock clock;

	AttachmentService(AttachmentRepository attachments, ReportAccess access, AuditService audit,
			EntityManager entityManager, Clock clock) {
		this.attachments = attachments;
		this.access = access;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AttachmentInfo> list(long reportId) {
		return this.attachments.findInfos(reportId);
	}

	/**
	 * Stores a file, or says what is wrong with it (a message key) and stores nothing.
	 */
	public Optional<String> store(CurrentUser user, long reportId, MultipartFile file) {
		QuarterlyReport report = this.access.visible(user, reportId);
		boolean leader = this.access.isLeaderOf(user, report);
		if (!leader && !user.hasRole(Role.DISTRICT)) {
			throw new AccessDeniedException("Only the leader or a member district adds evidence");
		}
		if (!report.isEditable()) {
			return Optional.of("report.error.notEditable");
		}
		if (file == null || file.isEmpty()) {
			return Optional.of("attachment.error.empty");
		}
		if (file.getSize() > FileType.MAX_BYTES) {
			return Optional.of("attachment.error.tooLarge");
		}
		byte[] content = bytes(file);
		Optional<FileType> type = FileType.detect(content);
		if (type.isEmpty()) {
			return Optional.of("attachment.error.type");
		}
		String name = safeName(file.getOriginalFilename());
		Long district = leader ? null : user.districtId();
		Attachment saved = this.attachments.save(new Attachment(report, district, name, type.get(), content,
				sha256(content), this.entityManager.getReference(AppUser.class, user.id()), this.clock.instant()));
		this.audit.record(user, "ATTACHMENT_ADDED", ReportWorkflow.ENTITY, reportId,
				"Thêm minh chứng " + name + " (" + content.length + " byte), tệp số " + saved.getId());
		return Optional.empty();
	}

	@Transactional(readOnly = true)
	public Attachment load(CurrentUser user, long reportId, long attachmentId) {
		this.access.visible(user, reportId);
		return this.attachments.findOfReport(attachmentId, reportId)
			.orElseThrow(() -> new ReportNotFoundException(reportId));
	}

	/**
	 * The file name without any path, control characters or quotes, at most 200
	 * characters.
	 */
	static String safeName(String original) {
		String name = (original != null) ? original : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
		if (name.isEmpty() || name.equals(".") || name.equals("..")) {
			name = "minh-chung";
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
