package dev.storysmith.rubric.text;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.storysmith.rubric.RubricFixtures;
import dev.storysmith.rubric.rules.RubricRules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class FreeTextSplitterTests {

	private final FreeTextSplitter splitter = RubricRules.load().freeTextSplitter();

	@Test
	void splitsColonAndDashLabelsWithTextOnTheSameLine() {
		Map<String, String> sections = splitter.split(RubricFixtures.STAR,
				"Situation: Checkout was slow.\nTask: I owned it.\nAction - I cached prices.\nmore detail\nResult — p95 halved.");
		assertThat(sections).containsExactly(entry("situation", "Checkout was slow."), entry("task", "I owned it."),
				entry("action", "I cached prices.\nmore detail"), entry("result", "p95 halved."));
	}

	@Test
	void splitsMarkdownHeadingsBoldLabelsAndNumberedLabels() {
		String text = "## Situation ##\nSlow.\n\n**Task:**\nMine.\n\n1) ACTION\nCached.\n\n### Results\nFaster.";
		assertThat(splitter.split(RubricFixtures.STAR, text)).containsExactly(entry("situation", "Slow."),
				entry("task", "Mine."), entry("action", "Cached."), entry("result", "Faster."));
	}

	@Test
	void mapsLabelsByTitleIdOrKindWordIgnoringCaseAndPunctuation() {
		String text = "1) Problem & Context - Events were dropped.\n## Role & scope {#role}\nI led it.\n"
				+ "Key technical decisions:\nKafka.\nOutcome: fewer drops.\nWhat I’d do differently: replay first.";
		assertThat(splitter.split(RubricFixtures.DEEP_DIVE, text)).containsExactly(
				entry("problem", "Events were dropped."), entry("role", "I led it."), entry("decisions", "Kafka."),
				entry("results", "fewer drops."), entry("changes", "replay first."));
	}

	@Test
	void keepsUnlabeledTextWholeAndUntouched() {
		String text = "  We had an outage.\r\nI fixed it: quickly.\n";
		assertThat(splitter.split(RubricFixtures.STAR, text)).containsExactly(entry(FreeTextSplitter.FREE, text));
	}

	@Test
	void needsTwoLabelledSectionsBeforeSplitting() {
		String text = "I rewrote the cache.\nResult: p95 halved.";
		assertThat(splitter.split(RubricFixtures.STAR, text)).containsExactly(entry(FreeTextSplitter.FREE, text));
	}

	@Test
	void putsTextBeforeTheFirstLabelInTheFreeSectionAndJoinsRepeatedLabels() {
		String text = "My payments story\r\nAction: first part\r\nResult: done\r\nAction: second part";
		assertThat(splitter.split(RubricFixtures.STAR, text)).containsExactly(entry(FreeTextSplitter.FREE, "My payments story"),
				entry("action", "first part\n\nsecond part"), entry("result", "done"));
	}

	@Test
	void leavesHeadingsThatNameNoSectionInTheText() {
		String text = "## Situation\nSlow.\n## Background noise\nStill situation.\n## Action\nFixed.";
		assertThat(splitter.split(RubricFixtures.STAR, text)).containsExactly(
				entry("situation", "Slow.\n## Background noise\nStill situation."), entry("action", "Fixed."));
	}

	@Test
	void treatsNullAsEmpty() {
		assertThat(splitter.split(RubricFixtures.STAR, null)).containsExactly(entry(FreeTextSplitter.FREE, ""));
	}

}
