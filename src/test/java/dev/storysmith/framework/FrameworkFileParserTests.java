package dev.storysmith.framework;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.storysmith.system.MarkdownFormatException;
import dev.storysmith.system.SpecCase;

/** Spec-style: each file in bank/frameworks/ beside what it parses to or why it is refused. */
class FrameworkFileParserTests {

	private final FrameworkFileParser parser = new FrameworkFileParser();

	static Stream<SpecCase> cases() {
		return SpecCase.in("bank/frameworks");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void parsesAsSpecified(SpecCase spec) throws Exception {
		spec.verify(MarkdownFormatException.class, () -> parser.parse(spec.input()));
	}

}
