package vn.thidua.meeting.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.meeting.FollowUpTask;
import vn.thidua.meeting.Meeting;
import vn.thidua.shared.document.AdministrativeDocument;
import vn.thidua.shared.document.DocumentWords;
import vn.thidua.shared.document.DownloadName;
import vn.thidua.unit.Department;
import vn.thidua.unit.Unit;

/**
 * The minutes (biên bản) of a meeting in the administrative format, through the same
 * {@link AdministrativeDocument} as the quarterly reports; its words are the
 * {@code doc.meeting.*} entries of the documents bundle.
 */
@Component
class MeetingDocument {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final DocumentWords words;

	MeetingDocument(DocumentWords words) {
		this.words = words;
	}

	byte[] render(Meeting meeting, List<FollowUpTask> tasks, Department department) {
		DocumentWords words = this.words;
		String provinceName = department.place();
		AdministrativeDocument document = new AdministrativeDocument(
				new AdministrativeDocument.Header(department.governingBodyShortUpper(), department.nameUpper(),
						words.get("doc.meeting.number", department.symbol()),
						(meeting.getHostUnit() != null) ? meeting.getHostUnit().getName() : provinceName,
						meeting.getStartDate()));
		document.title(words.get("doc.meeting"), meeting.getTitle());
		String when = meeting.isSeveralDays()
				? words.get("doc.meeting.days", DATE.format(meeting.getStartDate()), DATE.format(meeting.getEndDate()))
				: words.get("doc.meeting.day", DATE.format(meeting.getStartDate()));
		document.heading(words.get("doc.minutes.part1"));
		document.text(words.get("doc.meeting.kind", words.get("MeetingKind." + meeting.getKind().name())));
		document.text(words.get("doc.minutes.time", when));
		document.text(words.get("doc.minutes.place", orDash(meeting.getLocation())));
		document.text(words.get("doc.meeting.chair", orDash(meeting.getChair())));
		List<String> units = meeting.getSortedParticipants().stream().map(Unit::getName).toList();
		document.text(words.get("doc.meeting.units", units.isEmpty() ? "—" : String.join(", ", units)));
		if (meeting.getOtherParticipants() != null) {
			document.text(words.get("doc.meeting.others", meeting.getOtherParticipants()));
		}
		document.heading(words.get("doc.meeting.part2"));
		document.text(orDash(meeting.getContent()));
		document.heading(words.get("doc.meeting.part3"));
		document.text(orDash(meeting.getConclusions()));
		if (!tasks.isEmpty()) {
			document.heading(words.get("doc.meeting.part4"));
			List<List<String>> rows = new ArrayList<>();
			int order = 1;
			for (FollowUpTask task : tasks) {
				rows.add(List.of(Integer.toString(order++), task.getTitle(), orDash(task.getResponsible()),
						(task.getDueDate() != null) ? DATE.format(task.getDueDate()) : "—",
						words.get("TaskStatus." + task.getStatus().name())));
			}
			document.table(words.list("doc.meeting.tasksHead"), rows, 5, 6, 40, 24, 14, 16);
		}
		document.text(words.get("doc.meeting.end"));
		document.signatures(words.get("doc.sign.secretary"), "", words.get("doc.sign.chair"),
				orDash(meeting.getChair()));
		document.recipients(words.list("doc.meeting.recipientsList"));
		return document.toBytes();
	}

	/** The name the minutes are downloaded by: "Biên bản cuộc họp 10-05-2014.docx". */
	String fileName(Meeting meeting) {
		return DownloadName.of("docx", this.words.get("doc.meeting.file"),
				DATE.format(meeting.getStartDate()).replace('/', '-'));
	}

	private static String orDash(String text) {
		return (text == null || text.isBlank()) ? "—" : text;
	}

}
