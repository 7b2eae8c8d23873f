package vn.thidua.config;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Says in the log, once the application is ready, which address to open: a person who ran
 * {@code ./mvnw spring-boot:run} reads where the app is instead of guessing the port.
 */
@Component
class ReadyAddress implements ApplicationListener<ApplicationReadyEvent> {

	private static final Log logger = LogFactory.getLog(ReadyAddress.class);

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			String path = event.getApplicationContext().getEnvironment().getProperty("server.servlet.context-path", "");
			logger.info(message(web.getWebServer().getPort(), path));
		}
	}

	static String message(int port, String contextPath) {
		return "Cụm thi đua đã sẵn sàng: mở http://localhost:" + port + contextPath
				+ "/ trong trình duyệt (tài khoản minh họa: xem README).";
	}

}
