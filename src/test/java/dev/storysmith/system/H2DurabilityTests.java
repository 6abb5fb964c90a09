package dev.storysmith.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class H2DurabilityTests {

	@Test
	void addsTheWriteDelaySettingToAFileUrlWithoutIt() {
		assertThat(H2Durability.durable("jdbc:h2:file:/srv/data/db")).isEqualTo("jdbc:h2:file:/srv/data/db;WRITE_DELAY=0");
		assertThat(H2Durability.durable("jdbc:h2:./data/db;AUTO_SERVER=TRUE"))
			.isEqualTo("jdbc:h2:./data/db;AUTO_SERVER=TRUE;WRITE_DELAY=0");
	}

	@Test
	void replacesAnyOtherDelayTheUrlAsksFor() {
		assertThat(H2Durability.durable("jdbc:h2:file:/srv/db;write_delay=500;MODE=PostgreSQL"))
			.isEqualTo("jdbc:h2:file:/srv/db;MODE=PostgreSQL;WRITE_DELAY=0");
	}

	@Test
	void leavesInMemoryAndOtherDatabasesAlone() {
		assertThat(H2Durability.durable("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
		assertThat(H2Durability.durable("jdbc:postgresql://localhost/storysmith"))
			.isEqualTo("jdbc:postgresql://localhost/storysmith");
	}

}
