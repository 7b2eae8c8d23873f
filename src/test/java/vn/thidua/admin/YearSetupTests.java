package vn.thidua.admin;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.criteria.CriteriaSet;
import vn.thidua.testsupport.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator sets up 2015 from 2014: clusters copied with the leadership rotated,
 * members edited under the one-cluster-per-unit-year rule, the criteria copied, edited
 * and published at 100; units added and retired; every change audited.
 */
@IntegrationTest
@Transactional
@WithUserDetails("admin")
class YearSetupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void copyingAYearWithRotationGivesAValidNextYear() throws Exception {
		this.mvc
			.perform(post("/admin/clusters/copy").with(csrf())
				.param("from", "2014")
				.param("to", "2015")
				.param("rotate", "true"))
			.andExpect(redirectedUrl("/admin/clusters?year=2015"));
		this.entityManager.flush();
		List<Map<String, Object>> clusters = this.jdbc.queryForList("""
				select c.name, l.code as leader, d.code as deputy,
				       (select count(*) from cluster_members m where m.cluster_id = c.id) as members,
				       (select count(*) from cluster_members m where m.cluster_id = c.id
				            and m.unit_id in (c.leader_unit_id, c.deputy_unit_id)) as leaders_in
				from clusters c join units l on l.id = c.leader_unit_id
				left join units d on d.id = c.deputy_unit_id
				where c.year = 2015 order by c.name""");
		assertThat(clusters).extracting((c) -> c.get("name")).containsExactly("Cụm 1", "Cụm 2", "Cụm 3");
		// last year's deputies lead: Cụm 1 432, Cụm 2 427, Cụm 3 422
		assertThat(clusters).extracting((c) -> c.get("leader")).containsExactly("432", "427", "422");
		assertThat(clusters).allSatisfy((c) -> {
			assertThat(c.get("deputy")).isNotNull().isNotEqualTo(c.get("leader"));
			assertThat(((Number) c.get("leaders_in")).intValue()).isEqualTo(2);
		});
		assertThat(sum(clusters, "members")).isEqualTo(count("""
				select count(*) from cluster_members where year = 2014"""));
		assertThat(count("""
				select count(*) from (select unit_id from cluster_members where year = 2015
				group by unit_id having count(*) > 1) twice""")).isZero();
		assertThat(count(
				"select count(*) from audit_events where action = 'CLUSTER_CREATED' and summary like '%năm 2015%'"))
			.isEqualTo(3);

		// a second copy into the same year is refused with the reason at the field
		this.mvc.perform(post("/admin/clusters/copy").with(csrf()).param("from", "2014").param("to", "2015"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Năm 2015 đã có cụm thi đua")));
		this.mvc.perform(get("/admin/clusters").param("year", "2015"))
			.andExpect(content().string(containsString("data-cluster=\"Cụm 3\"")));
	}

	@Test
	void aUnitInAnotherClusterOfTheYearIsRefusedWithItsName() throws Exception {
		long cluster1 = count("select c.id from clusters c join units d on d.id = c.leader_unit_id "
				+ "where c.year = 2014 and d.code = '421'");
		long fromCluster2 = count("select m.unit_id from cluster_members m join clusters c on c.id = m.cluster_id "
				+ "join units d on d.id = c.leader_unit_id where c.year = 2014 and d.code = '426' "
				+ "and m.unit_id <> c.leader_unit_id and m.unit_id <> c.deputy_unit_id limit 1");
		List<Long> members = this.jdbc.queryForList("select unit_id from cluster_members where cluster_id = ?",
				Long.class, cluster1);
		var request = post("/admin/clusters/" + cluster1).with(csrf())
			.param("name", "Cụm 1")
			.param("leaderId", Long.toString(count("select id from units where code = '421'")))
			.param("deputyId", Long.toString(count("select id from units where code = '421'")))
			.param("memberIds", Long.toString(fromCluster2));
		for (Long member : members) {
			request.param("memberIds", member.toString());
		}
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("đã thuộc cụm khác trong năm")))
			.andExpect(content().string(containsString("(Cụm 2)")))
			.andExpect(content().string(containsString("Cụm phó phải khác cụm trưởng.")));
		this.entityManager.flush();
		assertThat(count("select count(*) from cluster_members where cluster_id = " + cluster1))
			.isEqualTo(members.size());
	}

	@Test
	void criteriaAreCopiedEditedAndPublishedOnlyAtAHundred() throws Exception {
		this.mvc.perform(post("/admin/criteria/copy").with(csrf()).param("from", "2014").param("to", "2015"))
			.andExpect(redirectedUrl("/admin/criteria?year=2015"));
		this.entityManager.flush();
		long set = count("select id from criteria_sets where year = 2015");
		assertThat(this.jdbc.queryForObject("select status from criteria_sets where id = " + set, String.class))
			.isEqualTo("DRAFT");
		assertThat(count("select count(*) from criteria where criteria_set_id = " + set))
			.isEqualTo(count("select count(*) from criteria c join criteria_sets s on s.id = c.criteria_set_id "
					+ "where s.year = 2014"));
		assertThat(this.jdbc.queryForObject("select name from criteria_sets where id = " + set, String.class))
			.endsWith("năm 2015");

		// IT group 30 → 35: the scored total is 105 and the group's criteria no longer
		// add up
		long it = count("select id from criteria where criteria_set_id = " + set + " and code = '6'");
		this.mvc
			.perform(post("/admin/criteria/items/" + it).with(csrf())
				.param("code", "6")
				.param("title", "Công nghệ thông tin")
				.param("field", "IT")
				.param("kind", "SCORE")
				.param("maxPoints", "35"))
			.andExpect(redirectedUrl("/admin/criteria?year=2015"));
		this.mvc.perform(post("/admin/criteria/" + set + "/publish").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tổng điểm các nhóm được chấm là 105")))
			.andExpect(content().string(containsString("Các tiêu chí của nhóm 6 cộng lại 30")));

		// back to 30, and criterion 6.1 from 8 to 3: the total is 100 but group 6 adds up
		// to 25
		this.mvc.perform(item(it, "6", "Công nghệ thông tin", "30"))
			.andExpect(redirectedUrl("/admin/criteria?year=2015"));
		long it1 = count("select id from criteria where criteria_set_id = " + set + " and code = '6.1'");
		this.mvc.perform(item(it1, "6.1", "Hộp thư điện tử công vụ", "3"))
			.andExpect(redirectedUrl("/admin/criteria?year=2015"));
		this.mvc.perform(post("/admin/criteria/" + set + "/publish").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Các tiêu chí của nhóm 6 cộng lại 25")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Tổng điểm các nhóm được chấm"))));

		// a new IT criterion of 5 points makes the group whole
		this.mvc
			.perform(post("/admin/criteria/" + set + "/items").param("parent", Long.toString(it))
				.with(csrf())
				.param("code", "6.9")
				.param("title", "Chữ ký số trong văn bản điện tử")
				.param("maxPoints", "5"))
			.andExpect(redirectedUrl("/admin/criteria?year=2015"));
		this.mvc.perform(post("/admin/criteria/" + set + "/publish").with(csrf()))
			.andExpect(redirectedUrl("/admin/criteria?year=2015"));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForObject("select status from criteria_sets where id = " + set, String.class))
			.isEqualTo("PUBLISHED");

		// published: read-only
		this.mvc
			.perform(post("/admin/criteria/items/" + it).with(csrf())
				.param("code", "6")
				.param("title", "Đổi sau khi ban hành")
				.param("field", "IT")
				.param("kind", "SCORE")
				.param("maxPoints", "30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bộ tiêu chí đã ban hành, không được sửa.")));
		this.entityManager.flush();
		assertThat(count("select count(*) from criteria where title = 'Đổi sau khi ban hành'")).isZero();
		assertThat(this.jdbc.queryForList("select action from audit_events where entity_type = 'CriteriaSet' "
				+ "and entity_id = " + set + " order by id", String.class))
			.containsExactly("CRITERIA_COPIED", "CRITERION_UPDATED", "CRITERION_UPDATED", "CRITERION_UPDATED",
					"CRITERION_ADDED", "CRITERIA_PUBLISHED");
	}

	@Test
	void aUnitIsAddedAndRetiredButNotWhileInALaterCluster() throws Exception {
		this.mvc
			.perform(post("/admin/units").with(csrf())
				.param("code", "43")
				.param("name", "")
				.param("validFrom", "01/01/2026"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("gồm đúng 3 chữ số")))
			.andExpect(content().string(containsString("Vui lòng nhập tên đơn vị")))
			.andExpect(content().string(containsString("Vui lòng chọn loại đơn vị.")));
		this.mvc
			.perform(post("/admin/units").with(csrf())
				.param("code", "433")
				.param("name", "Thị xã Thử Nghiệm")
				.param("type", "THI_XA")
				.param("validFrom", "01/01/2026"))
			.andExpect(redirectedUrl("/admin/units"));
		this.entityManager.flush();
		long added = count("select id from units where code = '433'");
		this.mvc.perform(post("/admin/units/" + added + "/retire").with(csrf()).param("validTo", "31/12/2025"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không được trước ngày bắt đầu")));
		this.mvc.perform(post("/admin/units/" + added + "/retire").with(csrf()).param("validTo", "30/06/2026"))
			.andExpect(redirectedUrl("/admin/units/" + added));

		long yenThanh = count("select id from units where code = '426'");
		this.mvc.perform(post("/admin/units/" + yenThanh + "/retire").with(csrf()).param("validTo", "31/12/2013"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("còn là thành viên cụm thi đua năm 2014")));
		this.entityManager.flush();
		assertThat(this.jdbc.queryForList("select action from audit_events where entity_type = 'Unit' "
				+ "and entity_id = " + added + " order by id", String.class))
			.containsExactly("UNIT_ADDED", "UNIT_RETIRED");
	}

	@Test
	void auditRowsCannotBeChangedOrDeleted() {
		assertThatThrownBy(() -> this.jdbc
			.update("update audit_events set summary = 'sửa' where id = " + "(select min(id) from audit_events)"))
			.satisfies((ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex).getMessage())
				.contains("append-only"));
		assertThatThrownBy(() -> this.jdbc.update("delete from audit_events")).satisfies(
				(ex) -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex).getMessage()).contains("append-only"));
	}

	private static MockHttpServletRequestBuilder item(long id, String code, String title, String points) {
		return post("/admin/criteria/items/" + id).with(csrf())
			.param("code", code)
			.param("title", title)
			.param("field", "IT")
			.param("kind", "SCORE")
			.param("maxPoints", points);
	}

	private long count(String sql) {
		return this.jdbc.queryForObject(sql, Long.class);
	}

	private static long sum(List<Map<String, Object>> rows, String column) {
		return rows.stream().mapToLong((r) -> ((Number) r.get(column)).longValue()).sum();
	}

}
