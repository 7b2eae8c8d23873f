package vn.thidua.criteria;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.testsupport.IntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
@WithUserDetails("cumtruong.yenthanh")
class CriteriaControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void the2014SetShowsAsATreeWithTotals() throws Exception {
		this.mvc.perform(get("/criteria").param("year", "2014"))
			.andExpect(status().isOk())
			.andExpect(view().name("criteria/tree"))
			.andExpect(content().string(containsString("Bộ tiêu chí năm 2014")))
			.andExpect(content().string(containsString("data-testid=\"score-total\">100<")))
			.andExpect(content().string(containsString(">+5<")))
			.andExpect(content().string(containsString(">−10<")))
			.andExpect(content().string(containsString("Công nghệ thông tin")))
			.andExpect(content().string(containsString("Cán bộ, công chức dùng hộp thư điện tử công vụ")))
			.andExpect(content().string(containsString("21 tiêu chí")))
			.andExpect(content().string(containsString("Đã ban hành")));
	}

	@Test
	void aYearWithoutSetSaysSo() throws Exception {
		this.mvc.perform(get("/criteria").param("year", "2020"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chưa có bộ tiêu chí cho năm 2020.")));
	}

}
