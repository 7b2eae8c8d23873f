package vn.thidua.report.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.thidua.criteria.CriteriaTree;
import vn.thidua.criteria.CriterionKind;
import vn.thidua.criteria.Field;
import vn.thidua.unit.Department;
import vn.thidua.unit.Departments;
import vn.thidua.unit.Unit;
import vn.thidua.unit.UnitType;
import vn.thidua.report.QuarterlyReport;
import vn.thidua.report.ReportSheet;
import vn.thidua.shared.AdministrativeDocument;
import vn.thidua.shared.DownloadName;
import vn.thidua.shared.Formats;

/**
 * A quarterly report as the leader unit's office sends it: administrative format, the
 * narrative, and the score table per unit (one column per criteria group, then the
 * total). Always in Vietnamese: it is an official document.
 */
@Component
class ReportDocument {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final MessageSource messages;

	private final Formats formats;

	private final Clock clock;

	private final Departments departments;

	ReportDocument(MessageSource messages, Formats formats, Clock clock, Departments departments) {
		this.departments = departments;
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	byte[] render(ReportSheet sheet) {
		QuarterlyReport report = sheet.report();
		Unit leader = sheet.cluster().getLeader();
		// dated the day it was sent; a draft leaves the date for the signer
		LocalDate date = (report.getSubmittedAt() != null)
				? LocalDate.ofInstant(report.getSubmittedAt(), this.clock.getZone()) : null;
		Department department = this.departments.ofYear(sheet.cluster().getProvince().getId(), report.getYear());
		// the leader's office writes the report: its letterhead depends on the leader's
		// level
		String level = "report.letterhead." + leader.getLevel().name();
		Object[] names = { typeName(leader.getType()).toUpperCase(VIETNAMESE), leader.getName().toUpperCase(VIETNAMESE),
				department.governingBodyShortUpper() };
		String parent = message(level + ".parent", names);
		AdministrativeDocument document = new AdministrativeDocument(
				new AdministrativeDocument.Header(parent.isBlank() ? null : parent, message(level + ".issuer", names),
						"Số:        /BC-" + message(level + ".symbol", names), leader.getName(), date));
		document.title("BÁO CÁO", "Kết quả thực hiện nhiệm vụ thi đua quý " + Formats.roman(report.getQuarter())
				+ " năm " + report.getYear() + " của " + sheet.cluster().getName());
		section(document, "I. KẾT QUẢ THỰC HIỆN", report.getResults());
		section(document, "II. KHÓ KHĂN, VƯỚNG MẮC", report.getDifficulties());
		section(document, "III. ĐỀ XUẤT, KIẾN NGHỊ", report.getProposals());
		section(document, "IV. NHIỆM VỤ TRỌNG TÂM QUÝ TỚI", report.getNextFocus());
		document.heading("V. BẢNG ĐIỂM CÁC ĐƠN VỊ TRONG CỤM");
		int[] weights = new int[sheet.criteria().groups().size() + 3];
		java.util.Arrays.fill(weights, 10);
		weights[0] = 7;
		weights[1] = 18;
		weights[weights.length - 1] = 11;
		document.table(headers(sheet), rows(sheet), 2, weights);
		document.signature(List.of(department.name() + ";", "Các đơn vị trong cụm;", "Lưu: VT."),
				message(level + ".signer", names), "");
		return document.toBytes();
	}

	String fileName(ReportSheet sheet) {
		return DownloadName.of("docx", "Báo cáo quý", sheet.report().getQuarter(), sheet.report().getYear(),
				sheet.cluster().getName());
	}

	private List<String> headers(ReportSheet sheet) {
		List<String> headers = new ArrayList<>(List.of("STT", "Đơn vị"));
		for (CriteriaTree.Group group : sheet.criteria().groups()) {
			String label = (group.group().getKind() == CriterionKind.SCORE)
					? message("Field." + group.group().getField().name())
					: message("CriterionKind." + group.group().getKind().name());
			headers.add(label + " (" + this.formats.points(group.group().getMaxPoints()) + ")");
		}
		headers.add("Tổng điểm");
		return headers;
	}

	private List<List<String>> rows(ReportSheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		int order = 1;
		for (Unit unit : sheet.members()) {
			List<String> row = new ArrayList<>(List.of(Integer.toString(order++), unit.getName()));
			for (CriteriaTree.Group group : sheet.criteria().groups()) {
				row.add(this.formats.points(sheet.groupTotal(unit.getId(), group)));
			}
			row.add(this.formats.points(sheet.total(unit.getId())));
			rows.add(row);
		}
		return rows;
	}

	private static void section(AdministrativeDocument document, String heading, String text) {
		document.heading(heading);
		document.text((text != null && !text.isBlank()) ? text : "(Không có nội dung)");
	}

	private String typeName(UnitType type) {
		return message("UnitType." + type.name());
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, VIETNAMESE);
	}

	private String message(String key, Object[] args) {
		return this.messages.getMessage(key, args, VIETNAMESE);
	}

}
