package vn.thidua.covenant.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;

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

import vn.thidua.covenant.CovenantService;
import vn.thidua.covenant.DocumentForm;
import vn.thidua.covenant.Registration;
import vn.thidua.covenant.RegistrationForm;
import vn.thidua.shared.CurrentUser;
import vn.thidua.shared.NotFoundException;
import vn.thidua.shared.document.DocumentWords;
import vn.thidua.shared.document.DownloadName;
import vn.thidua.unit.Departments;

/**
 * {@code /clusters/{id}/covenant}: the cluster-year's emulation covenant — opened by the
 * leader, registered by each member, signed with its copy, approved or returned by the
 * department; as Word, ready to print and sign.
 */
@Controller
class CovenantController {

	private final CovenantService covenants;

	private final Clock clock;

	private final Departments departments;

	private final DocumentWords words;

	CovenantController(CovenantService covenants, Clock clock, Departments departments, DocumentWords words) {
		this.departments = departments;
		this.words = words;
		this.covenants = covenants;
		this.clock = clock;
	}

	/**
	 * The covenant is dated the day it was signed; before, the date is left for the
	 * signer.
	 */
	private static LocalDate signedOn(CovenantService.Page page) {
		return (page.covenant() != null && page.covenant().getSignedAt() != null)
				? LocalDate.ofInstant(page.covenant().getSignedAt(), ZoneId.of("Asia/Ho_Chi_Minh")) : null;
	}

	@GetMapping("/clusters/{id}/covenant")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		CovenantService.Page page = this.covenants.page(user, id);
		model.addAttribute("page", page);
		if (!model.containsAttribute("registration")) {
			RegistrationForm form = new RegistrationForm();
			Registration own = (page.ownUnitId() != null) ? page.registrations().get(page.ownUnitId()) : null;
			if (own != null && !own.isRefused()) {
				form.setTitle(own.title());
				form.setTargets(own.targets());
			}
			else {
				form.setTargets(page.targetTemplate());
			}
			model.addAttribute("registration", form);
		}
		if (!model.containsAttribute("signing")) {
			model.addAttribute("signing", new DocumentForm());
		}
		return "covenant/show";
	}

	@PostMapping("/clusters/{id}/covenant/open")
	String open(@PathVariable long id, @RequestParam(required = false) String keyTasks,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "open");
		if (!this.covenants.open(user, id, keyTasks, errors)) {
			model.addAttribute("openError", errors.getGlobalError().getCode());
			model.addAttribute("keyTasks", keyTasks);
			return show(id, user, model);
		}
		redirect.addFlashAttribute("message", "covenant.opened");
		return "redirect:/clusters/" + id + "/covenant";
	}

	@PostMapping("/clusters/{id}/covenant/registration")
	String register(@PathVariable long id, @ModelAttribute("registration") RegistrationForm registration,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!this.covenants.register(user, id, registration, errors)) {
			if (!errors.hasFieldErrors()) {
				redirect.addFlashAttribute("error", errors.getGlobalError().getCode());
				return "redirect:/clusters/" + id + "/covenant";
			}
			return show(id, user, model);
		}
		redirect.addFlashAttribute("message", "covenant.registered");
		return "redirect:/clusters/" + id + "/covenant";
	}

	@PostMapping("/clusters/{id}/covenant/refusals")
	String refusal(@PathVariable long id, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "refusal");
		if (!this.covenants.recordRefusal(user, id, unitId, note, errors)) {
			model.addAttribute("refusalError", errors.getGlobalError().getCode());
			model.addAttribute("refusalUnit", unitId);
			model.addAttribute("refusalNote", note);
			return show(id, user, model);
		}
		redirect.addFlashAttribute("message", "covenant.refusal.recorded");
		return "redirect:/clusters/" + id + "/covenant";
	}

	@PostMapping("/clusters/{id}/covenant/sign")
	String sign(@PathVariable long id, @ModelAttribute("signing") DocumentForm signing, BindingResult errors,
			@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user, Model model,
			RedirectAttributes redirect) throws IOException {
		byte[] content = (file != null && !file.isEmpty()) ? file.getBytes() : null;
		if (!this.covenants.sign(user, id, signing, (file != null) ? file.getOriginalFilename() : null, content,
				errors)) {
			return show(id, user, model);
		}
		redirect.addFlashAttribute("message", "covenant.signed");
		return "redirect:/clusters/" + id + "/covenant";
	}

	@PostMapping("/clusters/{id}/covenant/approve")
	String approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "approve");
		if (!this.covenants.approve(user, id, errors)) {
			redirect.addFlashAttribute("error", errors.getGlobalError().getCode());
		}
		else {
			redirect.addFlashAttribute("message", "covenant.approved");
		}
		return "redirect:/clusters/" + id + "/covenant";
	}

	@PostMapping("/clusters/{id}/covenant/return")
	String giveBack(@PathVariable long id, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		MapBindingResult errors = new MapBindingResult(new HashMap<>(), "return");
		if (!this.covenants.giveBack(user, id, comment, errors)) {
			if (!"covenant.return.comment".equals(errors.getGlobalError().getCode())) {
				redirect.addFlashAttribute("error", errors.getGlobalError().getCode());
				return "redirect:/clusters/" + id + "/covenant";
			}
			model.addAttribute("returnError", errors.getGlobalError().getCode());
			model.addAttribute("returnComment", comment);
			return show(id, user, model);
		}
		redirect.addFlashAttribute("message", "covenant.returned");
		return "redirect:/clusters/" + id + "/covenant";
	}

	@GetMapping("/clusters/{id}/covenant.docx")
	ResponseEntity<byte[]> word(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
		CovenantService.Page page = this.covenants.page(user, id);
		if (page.covenant() == null) {
			throw NotFoundException.of("Covenant", id);
		}
		return ResponseEntity.ok()
			.contentType(
					MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
			.header("Content-Disposition",
					DownloadName.attachment(DownloadName.of("docx", this.words.get("doc.covenant.file"),
							page.cluster().getYear(), page.cluster().getName())))
			.body(CovenantDocument.of(page, this.departments.ofYear(user.provinceId(), page.cluster().getYear()),
					user.provinceName(), signedOn(page), this.words));
	}

}
