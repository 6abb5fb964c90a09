package dev.storysmith.rubric.rules;

import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class RubricRulesTests {

	private static String shippedYaml() throws Exception {
		try (InputStream in = RubricRules.class.getResourceAsStream("/rubric/rules.yaml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void loadsTheShippedRulesOnceAndSharesThem() {
		assertThat(RubricRules.load()).isSameAs(RubricRules.load());
		assertThat(RubricRules.load().criteria()).extracting(Criterion::id)
			.containsExactly("metrics", "role", "tradeoffs", "lessons", "structure", "specificity", "length");
		assertThat(RubricRules.load().speakingRate().seconds(145)).isEqualTo(60);
	}

	@Test
	void namesTheFullPathOfAMissingKey() throws Exception {
		String yaml = shippedYaml().replace("    fullQuantities: 3", "    fullQuantitiez: 3");
		assertThatIllegalStateException().isThrownBy(() -> RubricRules.parse(new StringReader(yaml)))
			.withMessageContaining("criteria.metrics.fullQuantities");
	}

	@Test
	void rejectsAnUnknownCueCategory() throws Exception {
		String yaml = shippedYaml().replace("\n  hedge: [", "\n  hedges: [");
		assertThatIllegalStateException().isThrownBy(() -> RubricRules.parse(new StringReader(yaml)))
			.withMessageContaining("hedge");
	}

	@Test
	void rejectsAnInvalidPattern() throws Exception {
		String yaml = shippedYaml().replace("  quantity: '(?:", "  quantity: '((?:");
		assertThatIllegalStateException().isThrownBy(() -> RubricRules.parse(new StringReader(yaml)))
			.withMessageContaining("patterns.quantity");
	}

}
