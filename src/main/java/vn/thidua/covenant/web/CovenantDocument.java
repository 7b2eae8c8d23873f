package vn.thidua.covenant.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.thidua.covenant.CovenantService;
import vn.thidua.covenant.Registration;
import vn.thidua.unit.Department;
import vn.thidua.unit.Unit;
import vn.thidua.shared.AdministrativeDocument;

/**
 * The covenant as a Word document in the administrative format, ready to print and sign:
 * the cluster's letterhead, the key tasks, a row per member with its targets and title,
 * and a signature block for every member's representative.
 */
final class CovenantDocument {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private CovenantDocument() {
	}

	static byte[] of(CovenantService.Page page, Department department, String provinceName, java.time.LocalDate today) {
		String year = Integer.toString(page.cluster().getYear());
		AdministrativeDocument document = new AdministrativeDocument(new AdministrativeDocument.Header(
				"CỤM THI ĐUA " + department.sectorUpper(), page.cluster().getName().toUpperCase(VIETNAMESE),
				"Số:        /GƯ-CTĐ", page.cluster().getLeader().getName(), today));
		document.title("GIAO ƯỚC THI ĐUA", "Năm " + year + " của " + page.cluster().getName());
		document.text("Thực hiện quy chế hoạt động cụm thi đua " + department.sector() + " tỉnh " + provinceName
				+ ", các đơn vị thành viên " + page.cluster().getName() + " thống nhất ký kết giao ước thi đua năm "
				+ year + " với các nội dung sau:");
		document.heading("I. NỘI DUNG TRỌNG TÂM");
		int order = 1;
		for (String task : page.covenant().getTasks()) {
			document.text(order++ + ". " + task);
		}
		document.heading("II. CHỈ TIÊU VÀ DANH HIỆU ĐĂNG KÝ");
		List<List<String>> rows = new ArrayList<>();
		order = 1;
		for (Unit member : page.cluster().getSortedMembers()) {
			Registration r = page.registrations().get(member.getId());
			String targets = (r == null) ? "(chưa đăng ký)"
					: r.isRefused() ? "Không đăng ký: " + r.refusedNote() : r.targets().strip();
			String title = (r == null || r.isRefused()) ? "—"
					: (page.titleName(r.title()) != null) ? page.titleName(r.title()) : "Không đăng ký danh hiệu";
			rows.add(List.of(Integer.toString(order++), member.getName(), targets, title));
		}
		document.table(List.of("STT", "Đơn vị", "Chỉ tiêu đăng ký", "Danh hiệu đăng ký"), rows, 4, 8, 22, 48, 22);
		document.heading("III. TỔ CHỨC THỰC HIỆN");
		document.text("Các đơn vị thành viên cam kết thực hiện đúng nội dung giao ước; cụm trưởng theo dõi, tổng hợp "
				+ "kết quả thực hiện và báo cáo " + department.name() + " theo quy chế.");
		document.heading("ĐẠI DIỆN CÁC ĐƠN VỊ KÝ KẾT");
		List<Unit> members = page.cluster().getSortedMembers();
		for (int i = 0; i < members.size(); i += 2) {
			Unit left = members.get(i);
			Unit right = (i + 1 < members.size()) ? members.get(i + 1) : null;
			document.signatures("ĐẠI DIỆN " + left.getName().toUpperCase(VIETNAMESE), "",
					(right != null) ? "ĐẠI DIỆN " + right.getName().toUpperCase(VIETNAMESE) : "", "");
		}
		return document.toBytes();
	}

}
