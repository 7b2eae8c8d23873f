package vn.thidua.report;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import static org.assertj.core.api.Assertions.assertThat;

class UploadSizeFilterTests {

	final UploadSizeFilter filter = new UploadSizeFilter();

	@Test
	void anUploadOverTheLimitGoesBackToTheReportWithTheMessage() throws Exception {
		MockHttpServletRequest request = upload("/reports/42/attachments", UploadSizeFilter.MAX_REQUEST_BYTES + 1);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		this.filter.doFilter(request, response, chain);
		assertThat(chain.getRequest()).isNull();
		assertThat(response.getRedirectedUrl()).isEqualTo("/reports/42");
		@SuppressWarnings("unchecked")
		java.util.List<FlashMap> saved = (java.util.List<FlashMap>) request.getSession()
			.getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
		assertThat(saved).hasSize(1);
		assertThat(saved.get(0).get("error")).isEqualTo("attachment.error.tooLarge");
	}

	@Test
	void uploadsWithinTheLimitAndOtherRequestsPassThrough() throws Exception {
		for (MockHttpServletRequest request : new MockHttpServletRequest[] {
				upload("/reports/42/attachments", UploadSizeFilter.MAX_REQUEST_BYTES),
				upload("/reports/42/edit", UploadSizeFilter.MAX_REQUEST_BYTES + 1) }) {
			FilterChain chain = new MockFilterChain();
			this.filter.doFilter(request, new MockHttpServletResponse(), chain);
			assertThat(((MockFilterChain) chain).getRequest()).as(request.getRequestURI()).isSameAs(request);
		}
	}

	private static MockHttpServletRequest upload(String uri, long length) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri) {
			@Override
			public long getContentLengthLong() {
				return length;
			}
		};
		request.setContentType("multipart/form-data; boundary=x");
		return request;
	}

}
