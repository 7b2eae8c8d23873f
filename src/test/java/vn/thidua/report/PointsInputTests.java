package vn.thidua.report;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PointsInputTests {

	static final BigDecimal MAX = new BigDecimal("8");

	@ParameterizedTest
	@CsvSource({ "6,6.00", "'6,5',6.50", "6.5,6.50", "'0,25',0.25", "8,8.00", "' 7 ',7.00", "'6,50',6.50", "0,0.00" })
	void acceptsNumbersWithCommaOrPoint(String text, BigDecimal expected) {
		PointsInput input = PointsInput.parse(text, MAX);
		assertThat(input.error()).isNull();
		assertThat(input.value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "abc,report.points.notNumber", "'6,5,1',report.points.notNumber", "6e1,report.points.notNumber",
			"'6,555',report.points.scale", "8.01,report.points.range", "9,report.points.range",
			"-1,report.points.range" })
	void refusesWhatIsNotPointsWithinTheMaximum(String text, String error) {
		PointsInput input = PointsInput.parse(text, MAX);
		assertThat(input.error()).isEqualTo(error);
		assertThat(input.value()).isNull();
	}

	@Test
	void emptyIsNeitherAValueNorAnError() {
		assertThat(PointsInput.parse("  ", MAX).isEmpty()).isTrue();
		assertThat(PointsInput.parse(null, MAX).isEmpty()).isTrue();
		assertThat(PointsInput.parse("abc", MAX).isEmpty()).isFalse();
	}

	@Test
	void theSameNumberIsTheSamePoints() {
		assertThat(PointsInput.same(new BigDecimal("6.5"), new BigDecimal("6.50"))).isTrue();
		assertThat(PointsInput.same(null, null)).isTrue();
		assertThat(PointsInput.same(null, BigDecimal.ONE)).isFalse();
		assertThat(PointsInput.same(BigDecimal.ONE, BigDecimal.TEN)).isFalse();
	}

	@Test
	void pointsAreShownWithADecimalComma() {
		assertThat(PointsText.of(new BigDecimal("6.50"))).isEqualTo("6,5");
		assertThat(PointsText.of(new BigDecimal("8.00"))).isEqualTo("8");
		assertThat(PointsText.of(null)).isEmpty();
	}

}
