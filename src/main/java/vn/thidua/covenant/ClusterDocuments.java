package vn.thidua.covenant;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import vn.thidua.audit.AuditService;
import vn.thidua.cluster.Cluster;
import vn.thidua.cluster.ClusterService;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.document.DownloadName;
import vn.thidua.shared.FileType;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.Role;

/**
 * The documents of a cluster-year ({@code /clusters/{id}/documents}): the department sees
 * every cluster's, the members read their own cluster's, its leader adds them (a new one
 * may replace an earlier one, which stays listed as replaced). Files are PDF or Word,
 * recognised by their content. Other provinces and other clusters' members get 404.
 */
@Service
@Transactional(readOnly = true)
public class ClusterDocuments {

	static final String ENTITY = "ClusterDocument";

	private final ClusterService clusters;

	private final AuditService audit;

	private final EntityManager entityManager;

	private final Clock clock;

	ClusterDocuments(ClusterService clusters, AuditService audit, EntityManager entityManager, Clock clock) {
		this.clusters = clusters;
		this.audit = audit;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The documents page.
	 *
	 * @param cluster the cluster-year
	 * @param documents its documents, newest signature first
	 * @param replacedBy for a replaced document, the one that replaced it
	 * @param mayManage whether the user leads the cluster
	 */
	public record Page(Cluster cluster, List<DocumentRow> documents, Map<Long, DocumentRow> replacedBy,
			boolean mayManage) {

		/** The documents not replaced yet: what a new one may replace. */
		public List<DocumentRow> current() {
			return this.documents.stream().filter((d) -> !this.replacedBy.containsKey(d.id())).toList();
		}

	}

	public Page page(CurrentUser user, long clusterId) {
		Cluster cluster = visible(user, clusterId);
		List<DocumentRow> documents = of(clusterId);
		Map<Long, DocumentRow> byId = documents.stream()
			.collect(Collectors.toMap(DocumentRow::id, Function.identity()));
		Map<Long, DocumentRow> replacedBy = documents.stream()
			.filter((d) -> d.replacesId() != null && byId.containsKey(d.replacesId()))
			.collect(Collectors.toMap(DocumentRow::replacesId, Function.identity()));
		return new Page(cluster, documents, replacedBy, leads(user, cluster));
	}

	/**
	 * The leader adds a document; every wrong field at once, the file checked by content
	 * (PDF or Word) and by name; nothing saved when refused.
	 */
	@Transactional
	public Optional<Long> add(CurrentUser user, long clusterId, DocumentForm form, String fileName, byte[] content,
			Errors errors) {
		Cluster cluster = led(user, clusterId);
		check(form, errors);
		if (form.getReplacesId() != null) {
			Page page = page(user, clusterId);
			if (page.current().stream().noneMatch((d) -> d.id().equals(form.getReplacesId()))) {
				errors.rejectValue("replacesId", "document.replaces.invalid");
			}
		}
		Optional<FileType> type = Optional.empty();
		if (content != null && content.length > 0) {
			type = java.util.stream.Stream.of(FileType.PDF, FileType.DOCX)
				.filter((t) -> t.is(fileName, content))
				.findFirst();
			if (content.length > FileType.MAX_BYTES) {
				errors.reject("document.file.tooLarge");
			}
			else if (type.isEmpty()) {
				errors.reject("document.file.type");
			}
		}
		if (errors.hasErrors()) {
			return Optional.empty();
		}
		ClusterDocument document = create(user, cluster, form);
		type.ifPresent((t) -> document.attach(DownloadName.fitting(DownloadName.ascii(fileName), 255), t.contentType(),
				content));
		this.entityManager.persist(document);
		this.audit.record(user, "DOCUMENT_ADDED", ENTITY, document.getId(), (document.getReplacesId() != null)
				? this.audit.words("trail.document.replaced", document.getNumber(), cluster.getName(),
						cluster.getYear(), document.getReplacesId())
				: this.audit.words("trail.document.added", document.getNumber(), cluster.getName(), cluster.getYear()));
		return Optional.of(document.getId());
	}

	/** A signed covenant, kept as the cluster's document of kind "giao ước". */
	ClusterDocument addSigned(CurrentUser user, Cluster cluster, DocumentForm form, String fileName, byte[] content) {
		ClusterDocument document = create(user, cluster, form);
		document.attach(DownloadName.fitting(DownloadName.ascii(fileName), 255), FileType.PDF.contentType(), content);
		this.entityManager.persist(document);
		return document;
	}

	private ClusterDocument create(CurrentUser user, Cluster cluster, DocumentForm form) {
		return new ClusterDocument(cluster.getId(), cluster.getYear(), form.getKind(), form.getNumber().strip(),
				form.getIssuer().strip(), form.getSignedOn(), form.getEffectiveOn(),
				(form.getSummary() == null || form.getSummary().isBlank()) ? null : form.getSummary().strip(),
				form.getReplacesId(), user.id(), this.clock.instant());
	}

	static void check(DocumentForm form, Errors errors) {
		if (form.getKind() == null) {
			errors.rejectValue("kind", "document.kind.required");
		}
		if (form.getNumber() == null || form.getNumber().isBlank()) {
			errors.rejectValue("number", "document.number.required");
		}
		else if (form.getNumber().strip().length() > 60) {
			errors.rejectValue("number", "document.number.length");
		}
		if (form.getIssuer() == null || form.getIssuer().isBlank()) {
			errors.rejectValue("issuer", "document.issuer.required");
		}
		else if (form.getIssuer().strip().length() > 200) {
			errors.rejectValue("issuer", "document.issuer.length");
		}
		if (form.getSignedOn() == null && !errors.hasFieldErrors("signedOn")) {
			errors.rejectValue("signedOn", "document.signedOn.required");
		}
		if (form.getSignedOn() != null && form.getEffectiveOn() != null
				&& form.getEffectiveOn().isBefore(form.getSignedOn())) {
			errors.rejectValue("effectiveOn", "document.effectiveOn.before");
		}
		if (form.getSummary() != null && form.getSummary().strip().length() > 2000) {
			errors.rejectValue("summary", "document.summary.length");
		}
	}

	/** A document's file, for whoever may see the cluster's documents. */
	public ClusterDocument file(CurrentUser user, long clusterId, long documentId) {
		visible(user, clusterId);
		ClusterDocument document = this.entityManager.find(ClusterDocument.class, documentId);
		if (document == null || document.getClusterId() != clusterId || !document.hasFile()) {
			throw NotFoundException.of(ENTITY, documentId);
		}
		return document;
	}

	public byte[] content(ClusterDocument document) {
		return document.getContent();
	}

	List<DocumentRow> of(long clusterId) {
		return this.entityManager
			.createQuery("select new vn.thidua.covenant.DocumentRow(d.id, d.kind, d.number, d.issuer, d.signedOn, "
					+ "d.effectiveOn, d.summary, d.fileName, d.replacesId, d.illustrative) from ClusterDocument d "
					+ "where d.clusterId = ?1 order by d.signedOn desc, d.id desc", DocumentRow.class)
			.setParameter(1, clusterId)
			.getResultList();
	}

	/** The department, the cluster's members and leader; else 404. */
	Cluster visible(CurrentUser user, long clusterId) {
		return this.clusters.visibleTo(user, clusterId);
	}

	Cluster led(CurrentUser user, long clusterId) {
		Cluster cluster = visible(user, clusterId);
		if (!leads(user, cluster)) {
			throw new AccessDeniedException("Only the cluster's leader manages its documents");
		}
		return cluster;
	}

	static boolean leads(CurrentUser user, Cluster cluster) {
		return user.hasRole(Role.CLUSTER_LEADER) && cluster.isLedBy(user.unitId());
	}

}
