package vn.thidua.unit;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The organizing department of a province's clusters in a period (the department of
 * information and communications until 28/2/2025, of science and technology from
 * 1/3/2025, or another the province chose): what the page header, the documents and the
 * mails name. The names are data (table {@code departments}), never code.
 *
 * @param id the period's id ({@code 0} for a province that has none recorded)
 * @param provinceId its province
 * @param validFrom first day, {@code null} for since ever
 * @param validTo last day, {@code null} for still
 * @param name full name
 * @param shortName short name
 * @param symbol the letters of its document numbers
 * @param governingBody the body above it ("Ủy ban nhân dân tỉnh Nghệ An")
 * @param governingBodyShort the same, as letterheads write it ("UBND tỉnh Nghệ An")
 * @param place the place name its documents are dated at ("Nghệ An")
 * @param headTitle its head's title ("Giám đốc")
 * @param sector the sector the clusters belong to ("ngành …")
 * @param version the row's version (guards two saves of the admin page at once)
 */
public record Department(long id, long provinceId, LocalDate validFrom, LocalDate validTo, String name,
		String shortName, String symbol, String governingBody, String governingBodyShort, String place,
		String headTitle, String sector, int version) {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Whether this period holds the day. */
	public boolean validOn(LocalDate day) {
		return (this.validFrom == null || !this.validFrom.isAfter(day))
				&& (this.validTo == null || !this.validTo.isBefore(day));
	}

	/** Its name in capitals, as a letterhead writes it. */
	public String nameUpper() {
		return this.name.toUpperCase(VIETNAMESE);
	}

	/** The body above it in capitals ("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN"). */
	public String governingBodyUpper() {
		return this.governingBody.toUpperCase(VIETNAMESE);
	}

	/** The short body above it in capitals, for a letterhead ("UBND TỈNH NGHỆ AN"). */
	public String governingBodyShortUpper() {
		return this.governingBodyShort.toUpperCase(VIETNAMESE);
	}

	/** The sector in capitals (the sector name as data, upper-cased for a heading). */
	public String sectorUpper() {
		return this.sector.toUpperCase(VIETNAMESE);
	}

}
