package vn.thidua.closing.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.thidua.closing.CandidateRow;
import vn.thidua.closing.ClosingService;
import vn.thidua.closing.ClusterClosing;
import vn.thidua.closing.VoteCount;
import vn.thidua.unit.Department;
import vn.thidua.unit.Unit;
import vn.thidua.ranking.RankedUnit;
import vn.thidua.shared.AdministrativeDocument;
import vn.thidua.shared.Points;

/**
 * The closing's dossier in the administrative format: the minutes (biên bản) of the
 * conference — attendees, the year's results, the vote counts, the election, chair and
 * secretary — and the cluster's proposal letter (tờ trình) to the department.
 */
final class ClosingDocuments {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private ClosingDocuments() {
	}

	static byte[] minutes(ClosingService.Page page, Department department) {
		ClusterClosing closing = page.closing();
		AdministrativeDocument document = new AdministrativeDocument(header(page, department, "BB"));
		String year = Integer.toString(page.cluster().getYear());
		document.title("BIÊN BẢN",
				"Hội nghị tổng kết công tác thi đua năm " + year + " của " + page.cluster().getName());
		page.rules().basisLines().forEach((line) -> document.text("Căn cứ " + line));
		document.text("Căn cứ quy chế hoạt động cụm thi đua năm " + year + ";");
		document.heading("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN");
		document.text("- Thời gian: "
				+ ((closing.getHeldOn() != null) ? "ngày " + DATE.format(closing.getHeldOn()) : "……") + ".");
		document.text("- Địa điểm: " + orDots(closing.getPlace()) + ".");
		document.text("- Chủ trì: đại diện " + page.cluster().getLeader().getName() + " (cụm trưởng).");
		document.text("- Thành phần: đại diện các đơn vị thành viên "
				+ String.join(", ", page.cluster().getSortedMembers().stream().map(Unit::getName).toList())
				+ "; đại diện " + department.name() + " tỉnh " + department.place() + ".");
		document.heading("II. KẾT QUẢ THI ĐUA NĂM " + year);
		List<List<String>> rows = new ArrayList<>();
		for (RankedUnit row : page.ranking().rows()) {
			rows.add(List.of(row.isExcluded() ? "—" : Integer.toString(row.rank()), row.unitName(),
					Points.format(row.total(), VIETNAMESE), page.rules().bandName(row.classification().name())));
		}
		document.table(List.of("Hạng", "Đơn vị", "Tổng điểm", "Xếp loại"), rows, 2, 10, 50, 18, 22);
		document.heading("III. KẾT QUẢ BÌNH XÉT, BỎ PHIẾU KÍN");
		document.text("Hình thức: " + ((closing.getBallotMode() == vn.thidua.closing.BallotMode.APP)
				? "bỏ phiếu kín trên phần mềm, mỗi đơn vị thành viên một phiếu từ tài khoản của đơn vị"
				: "bỏ phiếu kín bằng phiếu giấy") + ".");
		document.text("Số phiếu phát ra: " + orDots(closing.getBallotsCast()) + "; số phiếu hợp lệ: "
				+ orDots(closing.getBallotsValid()) + ".");
		int members = page.cluster().getMemberCount();
		vn.thidua.rules.Rules.AwardRule quorum = page.quorumRule();
		document.text("Số đơn vị thành viên: " + members + "; số đơn vị tham gia bỏ phiếu: "
				+ orDots(closing.getBallotsCast())
				+ ((quorum != null) ? "; số tối thiểu theo quy chế: " + quorum.quorum(members) + " đơn vị ("
						+ quorum.quorumNum() + "/" + quorum.quorumDen() + " số thành viên)" : "")
				+ ".");
		List<List<String>> votes = new ArrayList<>();
		for (VoteCount.Outcome outcome : page.outcomes()) {
			VoteCount.Candidate candidate = outcome.candidate();
			votes.add(List.of(awardName(page, candidate.award()), candidate.name(),
					(candidate.votes() != null) ? Integer.toString(candidate.votes()) : "—",
					Points.format(outcome.share(), VIETNAMESE) + "%", outcome.proposed() ? "Đề nghị" : "Không đạt"));
		}
		if (votes.isEmpty()) {
			for (CandidateRow row : closing.getCandidates()) {
				votes.add(List.of(awardName(page, row.getAward()), page.name(row.getUnitId()), "—", "—", "—"));
			}
		}
		document.table(List.of("Hình thức", "Đơn vị", "Số phiếu", "Tỷ lệ", "Kết quả"), votes, 2, 28, 30, 12, 12, 18);
		document.heading("IV. BẦU CỤM TRƯỞNG, CỤM PHÓ NĂM " + (page.cluster().getYear() + 1));
		document.text("- Cụm trưởng: " + ((closing.getNextLeader() != null) ? closing.getNextLeader().getName() : "……")
				+ ".");
		document
			.text("- Cụm phó: " + ((closing.getNextDeputy() != null) ? closing.getNextDeputy().getName() : "……") + ".");
		document.text("Hội nghị kết thúc vào hồi ... giờ ... cùng ngày; biên bản đã được đọc lại cho các thành viên "
				+ "dự họp cùng nghe và nhất trí.");
		document.signatures("THƯ KÝ", "", "CHỦ TRÌ", "");
		return document.toBytes();
	}

	static byte[] proposal(ClosingService.Page page, Department department) {
		ClusterClosing closing = page.closing();
		AdministrativeDocument document = new AdministrativeDocument(header(page, department, "TTr"));
		String year = Integer.toString(page.cluster().getYear());
		document.title("TỜ TRÌNH",
				"Đề nghị khen thưởng công tác thi đua năm " + year + " của " + page.cluster().getName());
		document.text("Kính gửi: " + department.name() + " tỉnh " + department.place() + ".");
		page.rules().basisLines().forEach((line) -> document.text("Căn cứ " + line));
		document.text("Căn cứ quy chế hoạt động cụm thi đua năm " + year
				+ " và kết quả bình xét, bỏ phiếu kín tại hội nghị " + "tổng kết"
				+ ((closing.getHeldOn() != null) ? " ngày " + DATE.format(closing.getHeldOn()) : "") + " ("
				+ orDots(closing.getBallotsValid()) + " phiếu hợp lệ), " + page.cluster().getName()
				+ " đề nghị khen thưởng các đơn vị sau:");
		List<List<String>> rows = new ArrayList<>();
		int order = 1;
		for (VoteCount.Outcome outcome : page.outcomes()) {
			if (!outcome.proposed()) {
				continue;
			}
			VoteCount.Candidate candidate = outcome.candidate();
			RankedUnit ranked = page.ranking()
				.rows()
				.stream()
				.filter((r) -> r.unitId() == candidate.unitId())
				.findFirst()
				.orElse(null);
			rows.add(List.of(Integer.toString(order++), candidate.name(), awardName(page, candidate.award()),
					(ranked != null) ? Points.format(ranked.total(), VIETNAMESE) : "—",
					candidate.votes() + "/" + closing.getBallotsValid()));
		}
		if (rows.isEmpty()) {
			document.text("(Không có đơn vị đạt tỷ lệ phiếu đề nghị.)");
		}
		else {
			document.table(List.of("STT", "Đơn vị", "Hình thức", "Tổng điểm", "Số phiếu"), rows, 3, 8, 32, 30, 15, 15);
		}
		document.text("Kính đề nghị " + department.name() + " xem xét, trình cấp có thẩm quyền khen thưởng.");
		document.signature(List.of("Như trên;", "Các đơn vị trong cụm;", "Lưu: VT."), "TM. CỤM THI ĐUA\nCỤM TRƯỞNG",
				"");
		return document.toBytes();
	}

	private static AdministrativeDocument.Header header(ClosingService.Page page, Department department, String kind) {
		Unit leader = page.cluster().getLeader();
		// dated the conference's day; before it is recorded, left for the signer
		java.time.LocalDate date = page.closing().getHeldOn();
		return new AdministrativeDocument.Header("CỤM THI ĐUA " + department.sectorUpper(),
				page.cluster().getName().toUpperCase(VIETNAMESE), "Số:        /" + kind + "-CTĐ", leader.getName(),
				date);
	}

	private static String awardName(ClosingService.Page page, String code) {
		return page.rules().award(code).map((a) -> a.name()).orElse(code);
	}

	private static String orDots(Object value) {
		return (value == null || value.toString().isBlank()) ? "……" : value.toString();
	}

}
