package vn.thidua.report.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
import vn.thidua.shared.Formats;
import vn.thidua.shared.document.AdministrativeDocument;
import vn.thidua.shared.document.DocumentWords;
import vn.thidua.shared.document.DownloadName;

/**
 * A quarterly report as the leader unit's office sends it: administrative format, the
 * narrative, and the score table per unit (one column per criteria group, then the
 * total). Always in Vietnamese: it is an official document; its words are the
 * {@code doc.report.*} entries of the documents bundle, its period named by the year's
 * rules (a quarter or a half-year).
 */
@Component
class ReportDocument {

	private static final Locale VIETNAMESE = DocumentWords.VIETNAMESE;

	private final DocumentWords words;

	private final Formats formats;

	private final Clock clock;

	private final Departments departments;

	ReportDocument(DocumentWords words, Formats formats, Clock clock, Departments departments) {
		this.departments = departments;
		this.words = words;
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
		AdministrativeDocument document = new AdministrativeDocument(new AdministrativeDocument.Header(
				parent.isBlank() ? null : parent, message(level + ".issuer", names),
				this.words.get("doc.report.number", message(level + ".symbol", names)), leader.getName(), date));
		document.title(this.words.get("doc.report"),
				this.words.get("doc.report.subject", sheet.periodInSentence(), sheet.cluster().getName()));
		section(document, "doc.report.part1", report.getResults());
		section(document, "doc.report.part2", report.getDifficulties());
		section(document, "doc.report.part3", report.getProposals());
		section(document, "doc.report.part4", report.getNextFocus());
		document.heading(this.words.get("doc.report.part5"));
		int[] weights = new int[sheet.criteria().groups().size() + 3];
		Arrays.fill(weights, 10);
		weights[0] = 7;
		weights[1] = 18;
		weights[weights.length - 1] = 11;
		document.table(headers(sheet), rows(sheet), 2, weights);
		document.signature(
				List.of(this.words.get("doc.recipient", department.name()),
						this.words.get("doc.recipient.clusterUnits"), this.words.get("doc.recipient.archive")),
				message(level + ".signer", names), "");
		return document.toBytes();
	}

	String fileName(ReportSheet sheet) {
		return DownloadName.of("docx", this.words.get("doc.report.file"), sheet.periodInSentence(),
				sheet.cluster().getName());
	}

	private List<String> headers(ReportSheet sheet) {
		List<String> headers = new ArrayList<>(this.words.list("doc.report.columnsHead"));
		for (CriteriaTree.Group group : sheet.criteria().groups()) {
			String label = (group.group().getKind() == CriterionKind.SCORE)
					? message("Field." + group.group().getField().name())
					: message("CriterionKind." + group.group().getKind().name());
			headers.add(label + " (" + this.formats.points(group.group().getMaxPoints()) + ")");
		}
		headers.add(this.words.get("doc.report.total"));
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

	private void section(AdministrativeDocument document, String heading, String text) {
		document.heading(this.words.get(heading));
		document.text((text != null && !text.isBlank()) ? text : this.words.get("doc.report.empty"));
	}

	private String typeName(UnitType type) {
		return message("UnitType." + type.name());
	}

	private String message(String key, Object... args) {
		return this.words.get(key, args);
	}

}
