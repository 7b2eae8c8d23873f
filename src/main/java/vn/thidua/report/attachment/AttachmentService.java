package vn.thidua.report.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.account.AppUser;
import vn.thidua.audit.AuditService;
import vn.thidua.report.QuarterlyReport;
import vn.thidua.report.ReportNotFoundException;
import vn.thidua.report.ReportWorkflow;
import vn.thidua.report.domain.ReportAccess;
import vn.thidua.rules.RulesService;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.UploadName;
import vn.thidua.shared.FileType;

/**
 * Evidence files: stored while a report is being written, by its leader (for the report)
 * or a member unit (for its self-assessment); read by whoever may see the report.
 */
@Service
@Transactional
public class AttachmentService {

	private final AttachmentRepository attachments;

	private final ReportAccess access;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final Clock clock;

	private final RulesService rules;

	AttachmentService(AttachmentRepository attachments, ReportAccess access, AuditService audit,
			EntityManager entityManager, Clock clock, RulesService rules) {
		this.rules = rules;
		this.attachments = attachments;
		this.access = access;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * Every file of a report, for the pages only its leader and the department reach (the
	 * editor).
	 */
	@Transactional(readOnly = true)
	public List<AttachmentInfo> all(long reportId) {
		return this.attachments.findInfos(reportId);
	}

	/** The files of a report that the user may see ({@link #mayOpen}). */
	@Transactional(readOnly = true)
	public List<AttachmentInfo> list(CurrentUser user, QuarterlyReport report) {
		return this.attachments.findInfos(report.getId())
			.stream()
			.filter((a) -> mayOpen(user, report, a.unitId()))
			.toList();
	}

	/**
	 * A unit's evidence is its own: the report's evidence (no unit) is seen by whoever
	 * sees the report; a member's self-assessment evidence by that member, the cluster's
	 * leader and the department, and by the other members only where the year's rules
	 * share evidence.
	 */
	boolean mayOpen(CurrentUser user, QuarterlyReport report, Long unitId) {
		if (unitId == null || user.role().isDepartment() || unitId.equals(user.unitId())
				|| this.access.isLeaderOf(user, report)) {
			return true;
		}
		return this.rules.current(user.provinceId(), report.getYear()).evidenceShared();
	}

	/**
	 * What is wrong with an evidence file, as a message key, or empty if it may be
	 * stored: not empty, at most 10 MB, a PDF, DOCX, XLSX, JPG or PNG by its content.
	 */
	public Optional<String> refusal(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			return Optional.of("attachment.error.empty");
		}
		if (file.getSize() > FileType.MAX_BYTES) {
			return Optional.of("attachment.error.tooLarge");
		}
		Optional<FileType> type = FileType.detect(bytes(file));
		if (type.isEmpty()) {
			return Optional.of("attachment.error.type");
		}
		if (!type.get().matchesName(safeName(file.getOriginalFilename()))) {
			return Optional.of("attachment.error.extension");
		}
		return Optional.empty();
	}

	/**
	 * Stores a file that {@link #refusal(MultipartFile)} accepted, in the transaction of
	 * the draft it is saved with: for the report (the leader, {@code unitId} null) or for
	 * a unit's self-assessment.
	 */
	public void add(CurrentUser user, QuarterlyReport report, Long unitId, MultipartFile file) {
		add(user, report, unitId, file.getOriginalFilename(), bytes(file));
	}

	/**
	 * Stores a file already read and checked (an imported workbook kept as evidence).
	 */
	public void add(CurrentUser user, QuarterlyReport report, Long unitId, String fileName, byte[] content) {
		FileType type = FileType.detect(content).orElseThrow();
		String name = safeName(fileName);
		Attachment saved = this.attachments.save(new Attachment(report, unitId, name, type, content, sha256(content),
				this.entityManager.getReference(AppUser.class, user.id()), this.clock.instant()));
		this.audit.record(user, "ATTACHMENT_ADDED", ReportWorkflow.ENTITY, report.getId(),
				this.audit.words("trail.attachment.added", name, content.length, saved.getId()));
	}

	@Transactional(readOnly = true)
	public Attachment load(CurrentUser user, long reportId, long attachmentId) {
		QuarterlyReport report = this.access.visible(user, reportId);
		Attachment attachment = this.attachments.findOfReport(attachmentId, reportId)
			.orElseThrow(() -> new ReportNotFoundException(reportId));
		if (!mayOpen(user, report, attachment.getUnitId())) {
			throw new ReportNotFoundException(reportId);
		}
		return attachment;
	}

	/** The file name as kept (see {@link UploadName}). */
	static String safeName(String original) {
		return UploadName.of(original, "minh-chung");
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
