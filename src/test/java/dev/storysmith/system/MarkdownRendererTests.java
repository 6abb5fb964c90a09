package dev.storysmith.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void rendersBankMarkdownWithSafeLinks() {
		assertThat(renderer.toHtml("Read **this** [guide](https://example.com/a?b=1&c=2) and [that](/questions/x)."))
			.isEqualTo("<p>Read <strong>this</strong> <a href=\"https://example.com/a?b=1&amp;c=2\">guide</a> and "
					+ "<a href=\"/questions/x\">that</a>.</p>\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "[x](jav&#x61;script:alert(2))", "[x](&#x6a;avascript:alert(2))",
			"[x](javascript&colon;alert(2))", "[x](java&#x20;script:alert(2))", "[x](java&#x09;script:alert(2))",
			"[x](java%73cript:alert(2))", "[x](JaVaScRiPt:alert(2))", "[x](vbscript:msgbox(2))",
			"[x](data:text/html;base64,PHNjcmlwdD4=)", "[x][r]\n\n[r]: jav&#x61;script:alert(2)",
			"![x](jav&#x61;script:alert(2))" })
	void dropsLinksWhoseDecodedSchemeIsNotAllowed(String markdown) {
		String html = renderer.toHtml(markdown);

		assertThat(html).doesNotContainIgnoringCase("script:").doesNotContain("href=").doesNotContain("src=")
			.doesNotContain("data:");
	}

	@Test
	void keepsMailtoLinks() {
		assertThat(renderer.toInlineHtml("[mail](mailto:team@example.com)"))
			.isEqualTo("<a href=\"mailto:team@example.com\">mail</a>");
	}

	@Test
	void showsDeeplyNestedQuotesAsPlainTextInsteadOfFailing() {
		String hostile = ">".repeat(5000) + " deep <b>";

		String html = renderer.toHtml(hostile);

		assertThat(html).startsWith("<p>&gt;&gt;&gt;").endsWith(" deep &lt;b&gt;</p>\n");
	}

	@Test
	void showsAThematicBreakOfThousandsOfDashesAsPlainTextInsteadOfFailing() {
		assertThat(renderer.toHtml("-".repeat(2000))).isEqualTo("<p>" + "-".repeat(2000) + "</p>\n");
	}

}
