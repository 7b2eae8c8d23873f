package vn.thidua.config;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * When the app is ready, the log says which address to open, in Vietnamese, with the port
 * the server took (and its context path).
 */
@ExtendWith(OutputCaptureExtension.class)
class ReadyAddressTests {

	@Test
	void theLogSaysWhereToOpenTheApp(CapturedOutput output) {
		WebServer server = mock(WebServer.class);
		when(server.getPort()).thenReturn(18080);
		ServletWebServerApplicationContext context = mock(ServletWebServerApplicationContext.class);
		when(context.getWebServer()).thenReturn(server);
		when(context.getEnvironment())
			.thenReturn(new MockEnvironment().withProperty("server.servlet.context-path", "/thidua"));
		new ReadyAddress().onApplicationEvent(
				new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ofSeconds(1)));
		assertThat(output).contains("Cụm thi đua đã sẵn sàng: mở http://localhost:18080/thidua/ trong trình duyệt");
	}

}
