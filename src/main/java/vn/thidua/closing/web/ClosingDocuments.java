package vn.thidua.closing.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.thidua.closing.BallotMode;
import vn.thidua.closing.CandidateRow;
import vn.thidua.closing.ClosingService;
import vn.thidua.closing.ClusterClosing;
import vn.thidua.closing.VoteCount;
import vn.thidua.ranking.RankedUnit;
import vn.thidua.rules.Rules;
import vn.thidua.shared.Points;
import vn.thidua.shared.document.AdministrativeDocument;
import vn.thidua.shared.document.DocumentWords;
import vn.thidua.unit.Department;
import vn.thidua.unit.Unit;

/**
 * The closing's dossier in the administrative format: the minutes (biên bản) of the
 * conference — attendees, the year's results, the vote counts, the election, chair and
 * secretary — and the cluster's proposal letter (tờ trình) to the department; their words
 * are the {@code doc.closing.*} entries of the documents bundle.
 */
final class ClosingDocuments {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Locale VIETNAMESE = DocumentWords.VIETNAMESE;

	private ClosingDocuments() {
	}

	static byte[] minutes(ClosingService.Page page, Department department, DocumentWords words) {
		ClusterClosing closing = page.closing();
		AdministrativeDocument document = new AdministrativeDocument(header(page, department, "BB", words));
		int year = page.cluster().getYear();
		document.title(words.get("doc.closing.minutes"),
				words.get("doc.closing.minutes.subject", year, page.cluster().getName()));
		page.rules().basisLines().forEach((line) -> document.text(words.get("doc.basis", line)));
		document.text(words.get("doc.basis.clusterRules", year));
		document.heading(words.get("doc.minutes.part1"));
		document.text(words.get("doc.minutes.time", (closing.getHeldOn() != null)
				? words.get("doc.onDay", DATE.format(closing.getHeldOn())) : words.get("doc.dots")));
		document.text(words.get("doc.minutes.place", words.orDots(closing.getPlace())));
		document.text(words.get("doc.closing.minutes.chair", page.cluster().getLeader().getName()));
		document.text(words.get("doc.closing.minutes.attendees",
				String.join(", ", page.cluster().getSortedMembers().stream().map(Unit::getName).toList()),
				department.name(), department.place()));
		document.heading(words.get("doc.closing.minutes.part2", year));
		List<List<String>> rows = new ArrayList<>();
		for (RankedUnit row : page.ranking().rows()) {
			rows.add(List.of(row.isExcluded() ? "—" : Integer.toString(row.rank()), row.unitName(),
					Points.format(row.total(), VIETNAMESE), page.rules().bandName(row.classification().name())));
		}
		document.table(words.list("doc.closing.minutes.resultsHead"), rows, 2, 10, 50, 18, 22);
		document.heading(words.get("doc.closing.minutes.part3"));
		document.text(words
			.get("doc.closing.minutes.ballot." + ((closing.getBallotMode() == BallotMode.APP) ? "APP" : "PAPER")));
		document.text(words.get("doc.closing.minutes.ballots", words.orDots(closing.getBallotsCast()),
				words.orDots(closing.getBallotsValid())));
		int members = page.cluster().getMemberCount();
		Rules.AwardRule quorum = page.quorumRule();
		document.text(words.get("doc.closing.minutes.turnout", members, words.orDots(closing.getBallotsCast()),
				(quorum != null) ? words.get("doc.closing.minutes.quorum", quorum.quorum(members), quorum.quorumNum(),
						quorum.quorumDen()) : ""));
		List<List<String>> votes = new ArrayList<>();
		for (VoteCount.Outcome outcome : page.outcomes()) {
			VoteCount.Candidate candidate = outcome.candidate();
			votes.add(List.of(awardName(page, candidate.award()), candidate.name(),
					(candidate.votes() != null) ? Integer.toString(candidate.votes()) : "—",
					Points.format(outcome.share(), VIETNAMESE) + "%",
					words.get(outcome.proposed() ? "doc.closing.minutes.proposed" : "doc.closing.minutes.notReached")));
		}
		if (votes.isEmpty()) {
			for (CandidateRow row : closing.getCandidates()) {
				votes.add(List.of(awardName(page, row.getAward()), page.name(row.getUnitId()), "—", "—", "—"));
			}
		}
		document.table(words.list("doc.closing.minutes.votesHead"), votes, 2, 28, 30, 12, 12, 18);
		document.heading(words.get("doc.closing.minutes.part4", year + 1));
		document.text(words.get("doc.closing.minutes.nextLeader",
				words.orDots((closing.getNextLeader() != null) ? closing.getNextLeader().getName() : null)));
		document.text(words.get("doc.closing.minutes.nextDeputy",
				words.orDots((closing.getNextDeputy() != null) ? closing.getNextDeputy().getName() : null)));
		document.text(words.get("doc.closing.minutes.end"));
		document.signatures(words.get("doc.sign.secretary"), "", words.get("doc.sign.chair"), "");
		return document.toBytes();
	}

	static byte[] proposal(ClosingService.Page page, Department department, DocumentWords words) {
		ClusterClosing closing = page.closing();
		AdministrativeDocument document = new AdministrativeDocument(header(page, department, "TTr", words));
		int year = page.cluster().getYear();
		document.title(words.get("doc.closing.proposal"),
				words.get("doc.closing.proposal.subject", year, page.cluster().getName()));
		document.text(words.get("doc.to", department.name(), department.place()));
		page.rules().basisLines().forEach((line) -> document.text(words.get("doc.basis", line)));
		document.text(words.get("doc.closing.proposal.basis", year,
				(closing.getHeldOn() != null) ? " " + words.get("doc.onDay", DATE.format(closing.getHeldOn())) : "",
				words.orDots(closing.getBallotsValid()), page.cluster().getName()));
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
			document.text(words.get("doc.closing.proposal.none"));
		}
		else {
			document.table(words.list("doc.closing.proposal.rowsHead"), rows, 3, 8, 32, 30, 15, 15);
		}
		document.text(words.get("doc.closing.proposal.ask", department.name()));
		document.signature(words.list("doc.closing.proposal.recipientsList"), words.get("doc.closing.proposal.signer"),
				"");
		return document.toBytes();
	}

	private static AdministrativeDocument.Header header(ClosingService.Page page, Department department, String kind,
			DocumentWords words) {
		Unit leader = page.cluster().getLeader();
		// dated the conference's day; before it is recorded, left for the signer
		LocalDate date = page.closing().getHeldOn();
		return new AdministrativeDocument.Header(words.get("doc.cluster.agency", department.sectorUpper()),
				page.cluster().getName().toUpperCase(VIETNAMESE), words.get("doc.cluster.number", kind),
				leader.getName(), date);
	}

	private static String awardName(ClosingService.Page page, String code) {
		return page.rules().award(code).map((a) -> a.name()).orElse(code);
	}

}
