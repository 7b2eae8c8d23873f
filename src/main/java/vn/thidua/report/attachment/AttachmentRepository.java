package vn.thidua.report.attachment;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AttachmentRepository extends Repository<Attachment, Long> {

	Attachment save(Attachment attachment);

	@Query("""
			select new vn.thidua.report.attachment.AttachmentInfo(a.id, a.unitId, a.fileName, a.contentType, a.sizeBytes,
			       u.fullName, a.uploadedAt)
			from Attachment a join a.uploadedBy u
			where a.report.id = :reportId
			order by a.uploadedAt, a.id
			""")
	List<AttachmentInfo> findInfos(long reportId);

	@Query("select a from Attachment a where a.id = :id and a.report.id = :reportId")
	Optional<Attachment> findOfReport(long id, long reportId);

}
