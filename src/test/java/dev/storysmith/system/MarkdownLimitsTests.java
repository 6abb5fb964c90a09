package dev.storysmith.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MarkdownLimitsTests {

	@Test
	void refusesALineWithTooMuchMarkupNamingTheLine() {
		assertThatThrownBy(() -> MarkdownLimits.check("Intro\n\n" + "-".repeat(2000)))
			.isInstanceOf(MarkdownFormatException.class)
			.hasMessage("line 3 has 2000 markup characters (* _ - > # and the like); the limit is 200");
	}

	@Test
	void refusesDeepNestingOfQuotesListsAndIndentation() {
		assertThat(MarkdownLimits.fits("> ".repeat(20) + "x")).isTrue();
		assertThat(MarkdownLimits.fits("> ".repeat(21) + "x")).isFalse();
		assertThat(MarkdownLimits.fits("- ".repeat(21) + "x")).isFalse();
		assertThat(MarkdownLimits.fits("1. ".repeat(21) + "x")).isFalse();
		assertThat(MarkdownLimits.fits(" ".repeat(42) + "- x")).isFalse();
		assertThatThrownBy(() -> MarkdownLimits.check("a\n" + "  > - ".repeat(8) + "x"))
			.hasMessage("line 2 is nested 24 levels deep (quotes, list items, indentation); the limit is 20");
	}

	@Test
	void acceptsProseWithDashesNumbersAndEmphasis() {
		assertThat(MarkdownLimits.fits("- I cut p95 from 1.4 s to 420 ms -- a *real* win.\n2024 was **busy**.\n  - nested"))
			.isTrue();
	}

	@Test
	void acceptsEveryFileOfTheShippedBank() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("questions"))) {
			files.filter(f -> f.toString().endsWith(".md")).forEach(f -> {
				try {
					MarkdownLimits.check(Files.readString(f));
				}
				catch (IOException | MarkdownFormatException ex) {
					throw new AssertionError(f + ": " + ex.getMessage(), ex);
				}
			});
		}
	}

}
