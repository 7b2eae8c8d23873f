package vn.thidua.unit;

import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The catalogue's checks that need the lineage: a loop of units formed from each other, a
 * unit that would end while a later year's cluster has it; and a lineage confirmed ends
 * the old unit the day before its successor begins.
 */
@IntegrationTest
@Transactional
@WithUserDetails("admin")
class CatalogueImportTests {

	static final String UNITS = "Mã,Tên,Loại,Mã tỉnh,Hiệu lực từ\n";

	static final String LINEAGE = "Mã mới,Mã cũ,Ngày\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManager entityManager;

	@Test
	void twoUnitsFormedFromEachOtherAreALoop() throws Exception {
		String page = preview(UNITS + """
				SNV,Nội vụ,Sở,40,01/01/2025
				STC,Tài chính,Sở,40,01/01/2025
				""", LINEAGE + """
				SNV,STC,01/01/2026
				STC,SNV,01/01/2026
				""");
		assertThat(page).contains("Chưa lưu gì: 2 dòng có lỗi", "Tạo vòng lặp nguồn gốc");
		assertThat(count("select count(*) from units where level = 'AGENCY'")).isZero();
	}

	@Test
	void theCatalogueAlreadyImportedIsKnownRowByRow() throws Exception {
		// Anh Sơn of 1/7/2025 and two of the communes it was formed from, as the
		// reference
		// data holds them
		String page = preview(UNITS + "17329,Anh Sơn,Xã,40,01/07/2025\n",
				LINEAGE + "17329,17329,01/07/2025\n17329,17353,01/07/2025\n");
		assertThat(page).contains("Mọi dòng hợp lệ: sẽ thêm 0 đơn vị và 0 quan hệ hình thành");
		assertThat(page.split("Đã có trong danh mục, bỏ qua", -1)).hasSize(4);
	}

	@Test
	void aUnitStillInALaterYearsClusterCannotEnd() throws Exception {
		long anhSon = count("select id from units where code = '17329' and valid_from = date '2025-07-01'");
		long other = count("select id from units where level = 'COMMUNE_LEVEL' and name = 'Nhân Hòa'");
		this.entityManager.createNativeQuery("""
				insert into clusters (province_id, year, name, leader_unit_id, deputy_unit_id)
				select province_id, 2027, 'Cụm xã thử', id, ?2 from units where id = ?1""")
			.setParameter(1, anhSon)
			.setParameter(2, other)
			.executeUpdate();
		this.entityManager.createNativeQuery("""
				insert into cluster_members (cluster_id, year, unit_id)
				select id, 2027, ?1 from clusters where year = 2027 and name = 'Cụm xã thử'""")
			.setParameter(1, anhSon)
			.executeUpdate();
		String page = preview(UNITS + "17330,Anh Sơn Mới,Xã,40,01/07/2026\n", LINEAGE + "17330,17329,01/07/2026\n");
		assertThat(page).contains("Anh Sơn (17329) còn là thành viên cụm thi đua năm 2027");
	}

	@Test
	void aConfirmedLineageEndsTheOldUnitTheDayBefore() throws Exception {
		String page = preview(UNITS + "17330,Anh Sơn Mới,Xã,40,01/07/2026\n", LINEAGE + "17330,17329,01/07/2026\n");
		assertThat(page).contains("sẽ thêm 1 đơn vị và 1 quan hệ hình thành");
		String confirm = page.replaceAll("(?s).*action=\"(/admin/units/import/\\d+)\".*", "$1");
		this.mvc.perform(post(confirm).with(csrf())).andExpect(redirectedUrl("/admin/units"));
		this.entityManager.flush();
		assertThat(this.entityManager
			.createNativeQuery("select cast(valid_to as text) from units where code = '17329' "
					+ "and valid_from = date '2025-07-01'")
			.getSingleResult()).isEqualTo("2026-06-30");
		assertThat(count("""
				select count(*) from unit_lineage l join units n on n.id = l.unit_id
				join units o on o.id = l.predecessor_id
				where n.code = '17330' and o.code = '17329' and o.valid_from = date '2025-07-01'
				  and l.effective = date '2026-07-01'""")).isEqualTo(1);
		// confirmed again (a second click): nothing more is saved
		assertThat(this.mvc.perform(post(confirm).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("đã được xác nhận");
		assertThat(count("select count(*) from units where code = '17330'")).isEqualTo(1);
	}

	private String preview(String units, String lineage) throws Exception {
		return this.mvc
			.perform(multipart("/admin/units/import")
				.file(new MockMultipartFile("units", "don-vi.csv", "text/csv", units.getBytes(StandardCharsets.UTF_8)))
				.file(new MockMultipartFile("lineage", "hinh-thanh.csv", "text/csv",
						lineage.getBytes(StandardCharsets.UTF_8)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long count(String sql) {
		return ((Number) this.entityManager.createNativeQuery(sql).getSingleResult()).longValue();
	}

}
