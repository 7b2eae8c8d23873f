package vn.thidua.portal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.cluster.ClusterService;
import vn.thidua.shared.CurrentUser;

/**
 * The year made visible: {@code /year} shows every cluster's year side by side to the
 * department and their own clusters' to the units; {@code /clusters/{id}/year} one
 * cluster's stages, who acts next and the button for it.
 */
@Controller
class YearController {

	private final YearBoard board;

	private final ClusterService clusters;

	YearController(YearBoard board, ClusterService clusters) {
		this.board = board;
		this.clusters = clusters;
	}

	@GetMapping("/year")
	String year(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Model model) {
		YearBoard.Board board = this.board.board(user, year);
		model.addAttribute("board", board);
		model.addAttribute("years", this.clusters.years(user.provinceId()));
		model.addAttribute("toDo", board.toDo(user));
		return "year/board";
	}

	@GetMapping("/clusters/{id}/year")
	String cluster(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		YearBoard.Board board = this.board.board(user, this.clusters.visibleTo(user, id));
		model.addAttribute("board", board);
		model.addAttribute("clusterYear", board.clusters().get(0));
		model.addAttribute("toDo", board.toDo(user));
		return "year/cluster";
	}

}
