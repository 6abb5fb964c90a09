package dev.storysmith.question.bank;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.storysmith.framework.FrameworkFileParser;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.system.MarkdownFormatException;
import dev.storysmith.system.SpecCase;

/**
 * Spec-style: each file in bank/questions/ beside what it parses to or why it is refused,
 * against the fixture bank's vocabulary (ownership, technical-judgment) and frameworks (STAR, STAR+L).
 */
class QuestionFileParserTests {

	private final QuestionFileParser parser = new QuestionFileParser(Set.of("ownership", "technical-judgment"),
			QuestionFileParserTests::fixtureFramework);

	static Stream<SpecCase> cases() {
		return SpecCase.in("bank/questions");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void parsesAsSpecified(SpecCase spec) throws Exception {
		spec.verify(MarkdownFormatException.class, () -> parser.parse(spec.input()));
	}

	private static final Map<String, FrameworkView> FRAMEWORKS = Map.of("star", load("star"), "star-l", load("star-l"));

	static Optional<FrameworkView> fixtureFramework(String idOrName) {
		return FRAMEWORKS.values()
			.stream()
			.filter(f -> f.id().equals(idOrName) || f.name().equalsIgnoreCase(idOrName))
			.findFirst();
	}

	private static FrameworkView load(String id) {
		try (var in = QuestionFileParserTests.class.getResourceAsStream("/bank/fixture/frameworks/" + id + ".md")) {
			return new FrameworkFileParser().parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
				.view();
		}
		catch (java.io.IOException | MarkdownFormatException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
