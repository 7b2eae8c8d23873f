package vn.thidua.covenant.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.thidua.covenant.CovenantService;
import vn.thidua.covenant.Registration;
import vn.thidua.shared.document.AdministrativeDocument;
import vn.thidua.shared.document.DocumentWords;
import vn.thidua.unit.Department;
import vn.thidua.unit.Unit;

/**
 * The covenant as a Word document in the administrative format, ready to print and sign:
 * the cluster's letterhead, the key tasks, a row per member with its targets and title,
 * and a signature block for every member's representative; its words are the
 * {@code doc.covenant.*} entries of the documents bundle.
 */
final class CovenantDocument {

	private static final Locale VIETNAMESE = DocumentWords.VIETNAMESE;

	private CovenantDocument() {
	}

	static byte[] of(CovenantService.Page page, Department department, String provinceName, LocalDate today,
			DocumentWords words) {
		int year = page.cluster().getYear();
		AdministrativeDocument document = new AdministrativeDocument(
				new AdministrativeDocument.Header(words.get("doc.cluster.agency", department.sectorUpper()),
						page.cluster().getName().toUpperCase(VIETNAMESE), words.get("doc.cluster.number", "GƯ"),
						page.cluster().getLeader().getName(), today));
		document.title(words.get("doc.covenant"), words.get("doc.covenant.subject", year, page.cluster().getName()));
		document
			.text(words.get("doc.covenant.opening", department.sector(), provinceName, page.cluster().getName(), year));
		document.heading(words.get("doc.covenant.part1"));
		int order = 1;
		for (String task : page.covenant().getTasks()) {
			document.text(words.get("doc.numbered", order++, task));
		}
		document.heading(words.get("doc.covenant.part2"));
		List<List<String>> rows = new ArrayList<>();
		order = 1;
		for (Unit member : page.cluster().getSortedMembers()) {
			Registration r = page.registrations().get(member.getId());
			String targets = (r == null) ? words.get("doc.covenant.notRegistered")
					: r.isRefused() ? words.get("doc.covenant.refused", r.refusedNote()) : r.targets().strip();
			String title = (r == null || r.isRefused()) ? "—" : (page.titleName(r.title()) != null)
					? page.titleName(r.title()) : words.get("doc.covenant.noTitle");
			rows.add(List.of(Integer.toString(order++), member.getName(), targets, title));
		}
		document.table(words.list("doc.covenant.columnsHead"), rows, 4, 8, 22, 48, 22);
		document.heading(words.get("doc.covenant.part3"));
		document.text(words.get("doc.covenant.commitment", department.name()));
		document.heading(words.get("doc.covenant.signers"));
		List<Unit> members = page.cluster().getSortedMembers();
		for (int i = 0; i < members.size(); i += 2) {
			Unit left = members.get(i);
			Unit right = (i + 1 < members.size()) ? members.get(i + 1) : null;
			document.signatures(words.get("doc.covenant.signer", left.getName().toUpperCase(VIETNAMESE)), "",
					(right != null) ? words.get("doc.covenant.signer", right.getName().toUpperCase(VIETNAMESE)) : "",
					"");
		}
		return document.toBytes();
	}

}
