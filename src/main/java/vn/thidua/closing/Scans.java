package vn.thidua.closing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The signed scans of a closing's minutes and proposal letter (PDF, recognised by
 * content), one of each kind; a new upload replaces the earlier one (the audit keeps the
 * trace).
 */
@Component
public class Scans {

	static final long MAX_BYTES = vn.thidua.shared.FileType.MAX_BYTES;

	private final JdbcTemplate jdbc;

	Scans(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The kinds of scan. */
	public enum Kind {

		MINUTES, PROPOSAL

	}

	/**
	 * A stored scan.
	 *
	 * @param kind minutes or proposal
	 * @param fileName the uploaded name
	 * @param size its size in bytes
	 * @param uploadedAt when
	 */
	public record Scan(Kind kind, String fileName, long size, Instant uploadedAt) {
	}

	/**
	 * Why a file is refused, as a message code, or empty when it is a PDF of fair size.
	 */
	static Optional<String> refusal(String fileName, byte[] content) {
		if (content.length == 0) {
			return Optional.of("closing.scan.empty");
		}
		if (content.length > MAX_BYTES) {
			return Optional.of("closing.scan.tooLarge");
		}
		if (!vn.thidua.shared.FileType.PDF.is(fileName, content)) {
			return Optional.of("closing.scan.notPdf");
		}
		return Optional.empty();
	}

	void save(long closingId, Kind kind, String fileName, byte[] content, long userId, Instant at) {
		this.jdbc.update("insert into closing_scans (closing_id, kind, file_name, size_bytes, content, uploaded_by, "
				+ "uploaded_at) values (?, ?, ?, ?, ?, ?, ?) on conflict (closing_id, kind) do update set "
				+ "file_name = excluded.file_name, size_bytes = excluded.size_bytes, content = excluded.content, "
				+ "uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at", closingId, kind.name(),
				fileName, content.length, content, userId, java.sql.Timestamp.from(at));
	}

	List<Scan> list(long closingId) {
		return this.jdbc.query(
				"select kind, file_name, size_bytes, uploaded_at from closing_scans where closing_id = ? order by kind",
				(rs, i) -> new Scan(Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3),
						rs.getTimestamp(4).toInstant()),
				closingId);
	}

	Optional<byte[]> content(long closingId, Kind kind) {
		return this.jdbc
			.query("select content from closing_scans where closing_id = ? and kind = ?", (rs, i) -> rs.getBytes(1),
					closingId, kind.name())
			.stream()
			.findFirst();
	}

}
