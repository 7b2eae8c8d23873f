package vn.thidua.closing;

import java.util.ArrayList;
import java.util.List;

/** A member's secret ballot: the positions of the candidates it marks. */
public class BallotForm {

	private List<Integer> choices = new ArrayList<>();

	public List<Integer> getChoices() {
		return this.choices;
	}

	public void setChoices(List<Integer> choices) {
		this.choices = (choices != null) ? choices : new ArrayList<>();
	}

}
