package vn.thidua;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Cụm thi đua: emulation clusters of a provincial Department of Information and
 * Communications.
 */
@SpringBootApplication
public class CumThiDuaApplication {

	public static void main(String[] args) {
		vn.thidua.config.CleanStop.onInterrupt();
		SpringApplication.run(CumThiDuaApplication.class, args);
	}

}
