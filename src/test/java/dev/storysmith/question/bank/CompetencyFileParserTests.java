package dev.storysmith.question.bank;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.storysmith.system.MarkdownFormatException;
import dev.storysmith.system.SpecCase;

/** Spec-style: each file in bank/competencies/ beside the vocabulary it parses to or why it is refused. */
class CompetencyFileParserTests {

	private final CompetencyFileParser parser = new CompetencyFileParser();

	static Stream<SpecCase> cases() {
		return SpecCase.in("bank/competencies");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void parsesAsSpecified(SpecCase spec) throws Exception {
		spec.verify(MarkdownFormatException.class, () -> parser.parse(spec.input()));
	}

}
