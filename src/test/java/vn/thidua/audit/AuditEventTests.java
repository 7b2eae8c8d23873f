package vn.thidua.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEventTests {

	@Test
	void clientAddressesReadAsPeopleWriteThem() {
		assertThat(AuditEvent.readable("0:0:0:0:0:0:0:1")).isEqualTo("::1");
		assertThat(AuditEvent.readable("2001:0db8:0000:0000:0000:ff00:0042:8329")).isEqualTo("2001:db8::ff00:42:8329");
		assertThat(AuditEvent.readable("fe80:0:0:0:0:0:0:0")).isEqualTo("fe80::");
		assertThat(AuditEvent.readable("1:0:0:2:0:0:0:3")).isEqualTo("1:0:0:2::3");
		assertThat(AuditEvent.readable("1:2:3:4:5:6:7:8")).isEqualTo("1:2:3:4:5:6:7:8");
		assertThat(AuditEvent.readable("127.0.0.1")).isEqualTo("127.0.0.1");
		assertThat(AuditEvent.readable("::1")).isEqualTo("::1");
		assertThat(AuditEvent.readable(null)).isNull();
	}

}
