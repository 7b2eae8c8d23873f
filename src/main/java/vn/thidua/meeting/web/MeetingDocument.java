package vn.thidua.meeting.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.unit.Department;
import vn.thidua.unit.Unit;
import vn.thidua.meeting.FollowUpTask;
import vn.thidua.meeting.Meeting;
import vn.thidua.meeting.MeetingKind;
import vn.thidua.shared.AdministrativeDocument;

/**
 * The minutes (biên bản) of a meeting in the administrative format, through the same
 * {@link AdministrativeDocument} as the quarterly reports.
 */
@Component
class MeetingDocument {

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	MeetingDocument(MessageSource messages) {
		this.messages = messages;
	}

	byte[] render(Meeting meeting, List<FollowUpTask> tasks, Department department) {
		String provinceName = department.place();
		AdministrativeDocument document = new AdministrativeDocument(new AdministrativeDocument.Header(
				department.governingBodyShortUpper(), department.nameUpper(), "Số:        /BB-" + department.symbol(),
				(meeting.getHostUnit() != null) ? meeting.getHostUnit().getName() : provinceName,
				meeting.getStartDate()));
		document.title("BIÊN BẢN", meeting.getTitle());
		String when = meeting.isSeveralDays()
				? "Từ ngày " + DATE.format(meeting.getStartDate()) + " đến ngày " + DATE.format(meeting.getEndDate())
				: "Ngày " + DATE.format(meeting.getStartDate());
		document.heading("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN");
		document.text("- Loại cuộc họp: "
				+ this.messages.getMessage("MeetingKind." + meeting.getKind().name(), null, VIETNAMESE));
		document.text("- Thời gian: " + when + ".");
		document.text("- Địa điểm: " + orDash(meeting.getLocation()) + ".");
		document.text("- Chủ trì: " + orDash(meeting.getChair()) + ".");
		List<String> units = meeting.getSortedParticipants().stream().map(Unit::getName).toList();
		document.text("- Đơn vị tham dự: " + (units.isEmpty() ? "—" : String.join(", ", units)) + ".");
		if (meeting.getOtherParticipants() != null) {
			document.text("- Thành phần khác: " + meeting.getOtherParticipants());
		}
		document.heading("II. NỘI DUNG");
		document.text(orDash(meeting.getContent()));
		document.heading("III. KẾT LUẬN");
		document.text(orDash(meeting.getConclusions()));
		if (!tasks.isEmpty()) {
			document.heading("IV. NHIỆM VỤ SAU CUỘC HỌP");
			List<List<String>> rows = new ArrayList<>();
			int order = 1;
			for (FollowUpTask task : tasks) {
				rows.add(List.of(Integer.toString(order++), task.getTitle(), orDash(task.getResponsible()),
						(task.getDueDate() != null) ? DATE.format(task.getDueDate()) : "—",
						this.messages.getMessage("TaskStatus." + task.getStatus().name(), null, VIETNAMESE)));
			}
			document.table(List.of("STT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời hạn", "Tình trạng"), rows, 5, 6, 40, 24,
					14, 16);
		}
		document.text("Cuộc họp kết thúc vào hồi ... giờ ... cùng ngày. Biên bản được lập thành ... bản, "
				+ "đã đọc lại cho các thành viên dự họp cùng nghe và nhất trí.");
		document.signatures("THƯ KÝ", "", "CHỦ TRÌ", orDash(meeting.getChair()));
		document.recipients(List.of("Các đơn vị tham dự;", "Lưu: VT."));
		return document.toBytes();
	}

	private static String orDash(String text) {
		return (text == null || text.isBlank()) ? "—" : text;
	}

}
