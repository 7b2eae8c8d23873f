package vn.thidua.closing.web;

import java.util.HashMap;
import java.util.Optional;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.closing.BallotForm;
import vn.thidua.closing.CandidateForm;
import vn.thidua.closing.ClosingForm;
import vn.thidua.closing.ClosingService;
import vn.thidua.closing.Scans;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.document.DocumentWords;
import vn.thidua.shared.document.DownloadName;
import vn.thidua.unit.Department;
import vn.thidua.unit.Departments;

/**
 * {@code /clusters/{id}/closing}: the year's closing conference of a cluster.
 */
@Controller
class ClosingController {

	private final ClosingService closings;

	private final Departments departments;

	private final DocumentWords words;

	ClosingController(ClosingService closings, Departments departments, DocumentWords words) {
		this.closings = closings;
		this.departments = departments;
		this.words = words;
	}

	@GetMapping("/clusters/{id}/closing")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		ClosingService.Page page = this.closings.page(user, id);
		model.addAttribute("page", page);
		if (!model.containsAttribute("form") && page.closing() != null) {
			model.addAttribute("form", ClosingForm.of(page.closing()));
		}
		if (!model.containsAttribute("candidate")) {
			model.addAttribute("candidate", new CandidateForm());
		}
		if (!model.containsAttribute("ballot")) {
			model.addAttribute("ballot", new BallotForm());
		}
		return "closing/show";
	}

	@GetMapping("/clusters/{id}/closing/minutes.docx")
	ResponseEntity<byte[]> minutes(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		ClosingService.Page page = opened(user, id);
		return docx(ClosingDocuments.minutes(page, department(user, page), this.words), DownloadName.of("docx",
				this.words.get("doc.closing.minutes.file"), page.cluster().getYear(), page.cluster().getName()));
	}

	@GetMapping("/clusters/{id}/closing/proposal.docx")
	ResponseEntity<byte[]> proposal(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		ClosingService.Page page = opened(user, id);
		return docx(ClosingDocuments.proposal(page, department(user, page), this.words), DownloadName.of("docx",
				this.words.get("doc.closing.proposal.file"), page.cluster().getYear(), page.cluster().getName()));
	}

	private Department department(CurrentUser user, ClosingService.Page page) {
		return this.departments.ofYear(user.provinceId(), page.cluster().getYear());
	}

	private ClosingService.Page opened(CurrentUser user, long id) {
		ClosingService.Page page = this.closings.page(user, id);
		if (page.closing() == null) {
			throw NotFoundException.of("ClusterClosing", id);
		}
		return page;
	}

	private static org.springframework.http.ResponseEntity<byte[]> docx(byte[] content, String name) {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType
				.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.header("Content-Disposition", DownloadName.attachment(name))
			.body(content);
	}

	@PostMapping("/clusters/{id}/closing/open")
	String open(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.closings.open(user, id);
		redirect.addFlashAttribute("message", "closing.opened");
		return "redirect:/clusters/" + id + "/closing";
	}

	@PostMapping("/clusters/{id}/closing/candidates")
	String addCandidate(@PathVariable long id, @ModelAttribute("candidate") CandidateForm candidate,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!this.closings.addCandidate(user, id, candidate, errors)) {
			return show(id, user, model);
		}
		redirect.addFlashAttribute("message", "closing.candidate.added");
		return "redirect:/clusters/" + id + "/closing";
	}

	@PostMapping("/clusters/{id}/closing")
	String record(@PathVariable long id, @ModelAttribute("form") ClosingForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors() || !this.closings.record(user, id, form, errors)) {
			return show(id, user, model);
		}
		redirect.addFlashAttribute("message", "closing.recorded");
		return "redirect:/clusters/" + id + "/closing";
	}

	@PostMapping("/clusters/{id}/closing/acknowledge")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "acknowledge");
		if (!this.closings.acknowledge(user, id, note, errors)) {
			model.addAttribute("ackError", errors.getGlobalError().getCode());
			model.addAttribute("ackNote", note);
			return show(id, user, model);
		}
		redirect.addFlashAttribute("message", "closing.missing.acknowledged");
		return "redirect:/clusters/" + id + "/closing";
	}

	@PostMapping("/clusters/{id}/closing/voting")
	String openVoting(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "voting");
		if (!this.closings.openVoting(user, id, errors)) {
			redirect.addFlashAttribute("error", errors.getGlobalError().getCode());
		}
		else {
			redirect.addFlashAttribute("message", "closing.voting.opened");
		}
		return "redirect:/clusters/" + id + "/closing";
	}

	@PostMapping("/clusters/{id}/closing/ballot")
	String vote(@PathVariable long id, @ModelAttribute("ballot") BallotForm ballot, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors() || !this.closings.vote(user, id, ballot, errors)) {
			if (!errors.hasFieldErrors() && errors.getGlobalError() != null) {
				// voted already, or the window closed: nothing of the form to give back
				redirect.addFlashAttribute("error", errors.getGlobalError().getCode());
				return "redirect:/clusters/" + id + "/closing";
			}
			return show(id, user, model);
		}
		redirect.addFlashAttribute("message", "closing.ballot.cast");
		return "redirect:/clusters/" + id + "/closing";
	}

	@PostMapping("/clusters/{id}/closing/reopen")
	String reopen(@PathVariable long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "reopen");
		if (!this.closings.reopen(user, id, reason, errors)) {
			if (!"closing.reopen.reason".equals(errors.getGlobalError().getCode())) {
				redirect.addFlashAttribute("error", errors.getGlobalError().getCode());
				return "redirect:/clusters/" + id + "/closing";
			}
			model.addAttribute("reopenError", errors.getGlobalError().getCode());
			model.addAttribute("reopenReason", reason);
			return show(id, user, model);
		}
		redirect.addFlashAttribute("message", "closing.reopened");
		return "redirect:/clusters/" + id + "/closing";
	}

	@PostMapping("/clusters/{id}/closing/scans")
	String upload(@PathVariable long id, @RequestParam Scans.Kind kind, @RequestParam MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) throws java.io.IOException {
		Optional<String> refusal = this.closings.uploadScan(user, id, kind, file.getOriginalFilename(),
				file.getBytes());
		if (refusal.isPresent()) {
			redirect.addFlashAttribute("error", refusal.get());
		}
		else {
			redirect.addFlashAttribute("message", "closing.scan.uploaded");
		}
		return "redirect:/clusters/" + id + "/closing";
	}

	@GetMapping("/clusters/{id}/closing/scans/{kind}")
	ResponseEntity<byte[]> scan(@PathVariable long id, @PathVariable Scans.Kind kind,
			@AuthenticationPrincipal CurrentUser user) {
		byte[] content = this.closings.scan(user, id, kind).orElseThrow(() -> NotFoundException.of("ClosingScan", id));
		ClosingService.Page page = this.closings.page(user, id);
		String name = DownloadName.of("pdf", this.words
			.get((kind == Scans.Kind.MINUTES) ? "doc.closing.minutes.signedFile" : "doc.closing.proposal.signedFile"),
				page.cluster().getYear(), page.cluster().getName());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", DownloadName.attachment(name))
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	@PostMapping("/clusters/{id}/closing/close")
	String close(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "close");
		if (!this.closings.close(user, id, errors)) {
			redirect.addFlashAttribute("error", errors.getGlobalError().getCode());
			if (errors.getGlobalError().getArguments() != null) {
				redirect.addFlashAttribute("errorArgs", errors.getGlobalError().getArguments());
			}
		}
		else {
			redirect.addFlashAttribute("message", "closing.closed");
		}
		return "redirect:/clusters/" + id + "/closing";
	}

}
