package vn.thidua.shared;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one place points are read and written.
 */
class PointsTests {

	static final Locale VI = Locale.forLanguageTag("vi");

	@ParameterizedTest
	@CsvSource({ "6,6.00", "'6,5',6.50", "6.5,6.50", "'0,25',0.25", "8,8.00", "' 7 ',7.00", "'6,50',6.50", "0,0.00" })
	void readsNumbersWithCommaOrPoint(String text, BigDecimal expected) throws ParseException {
		assertThat(Points.parse(text).value()).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "6,5,1", "6e1", "6,555", "-1", "1.000.000", "", "٦" })
	void refusesWhatIsNotPoints(String text) {
		assertThatThrownBy(() -> Points.parse(text)).isInstanceOf(ParseException.class);
	}

	@Test
	void theSameNumberIsTheSamePoints() {
		assertThat(Points.same(new BigDecimal("6.5"), new BigDecimal("6.50"))).isTrue();
		assertThat(Points.same(null, null)).isTrue();
		assertThat(Points.same(null, BigDecimal.ONE)).isFalse();
		assertThat(Points.same(BigDecimal.ONE, BigDecimal.TEN)).isFalse();
	}

	@Test
	void pointsAreShownInTheReadersFormatWithoutTrailingZeros() {
		assertThat(Points.format(new BigDecimal("6.50"), VI)).isEqualTo("6,5");
		assertThat(Points.format(new BigDecimal("8.00"), VI)).isEqualTo("8");
		assertThat(Points.format(new BigDecimal("6.50"), Locale.ENGLISH)).isEqualTo("6.5");
		assertThat(Points.format(null, VI)).isEmpty();
		assertThat(new Points.PointsFormatter().print(Points.of(new BigDecimal("7.25")), VI)).isEqualTo("7,25");
	}

	@Test
	void aMaximumIsExceededOnlyAbove() throws ParseException {
		assertThat(Points.parse("8").exceeds(new BigDecimal("8"))).isFalse();
		assertThat(Points.parse("8,01").exceeds(new BigDecimal("8"))).isTrue();
	}

}
