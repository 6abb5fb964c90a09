package dev.storysmith.question.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.storysmith.framework.FrameworkView;
import dev.storysmith.framework.SectionView;
import dev.storysmith.question.Difficulty;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.question.SampleAnswerView;
import dev.storysmith.system.MarkdownFormatException;
import dev.storysmith.system.MarkdownOutline;
import dev.storysmith.system.MarkdownSection;
import dev.storysmith.system.Slugs;

import static dev.storysmith.system.TextLimits.limit;
import static dev.storysmith.system.TextLimits.limitList;

/**
 * Reads one question file (format in docs/bank-format.md) and checks it against the
 * competency vocabulary and the known frameworks. Strict on purpose: a typo in a heading is
 * reported instead of silently dropping a section.
 */
class QuestionFileParser {

	private static final Pattern SAMPLE_ANSWER = Pattern.compile("(?i)sample answer\\s*\\((.+)\\)");

	private static final int MAX_TITLE = 300;

	private static final int MAX_PROMPT = 8000;

	private static final int MAX_TEXT = 20000;

	private static final int MAX_LABELS = 1000;

	private static final int MAX_LIST_ITEMS = 50;

	private final Set<String> competencies;

	private final Function<String, Optional<FrameworkView>> frameworks;

	/**
	 * @param competencies the ids of the vocabulary
	 * @param frameworks finds a framework by id or display name
	 */
	QuestionFileParser(Set<String> competencies, Function<String, Optional<FrameworkView>> frameworks) {
		this.competencies = competencies;
		this.frameworks = frameworks;
	}

	QuestionDetail parse(String text) throws MarkdownFormatException {
		MarkdownOutline outline = MarkdownOutline.parse(text);
		String id = outline.requiredText("id");
		if (!Slugs.isValid(id)) {
			throw new MarkdownFormatException("id '" + id + "' is not a slug (lower-case letters, digits and '-', at most 80)");
		}
		String title = limit("title", outline.requiredText("title"), MAX_TITLE);
		Difficulty difficulty = parseDifficulty(outline.requiredText("difficulty"));
		List<String> competencyIds = limitList("competencies", outline.textList("competencies"), MAX_LIST_ITEMS, MAX_LABELS);
		if (competencyIds.isEmpty()) {
			throw new MarkdownFormatException("the front matter lists no 'competencies'");
		}
		for (String competency : competencyIds) {
			if (!competencies.contains(competency)) {
				throw new MarkdownFormatException("unknown competency '" + competency + "' (see competencies.md)");
			}
		}
		List<String> frameworkIds = new ArrayList<>();
		for (String framework : outline.textList("frameworks")) {
			frameworkIds.add(resolve(framework).id());
		}
		limitList("frameworks", frameworkIds, MAX_LIST_ITEMS, MAX_LABELS);
		List<String> tags = limitList("tags", outline.textList("tags"), MAX_LIST_ITEMS, MAX_LABELS);

		String prompt = null;
		String listenFor = "";
		List<String> followUps = List.of();
		List<String> pitfalls = List.of();
		List<SampleAnswerView> answers = new ArrayList<>();
		for (MarkdownSection section : outline.body().subsections(2)) {
			String heading = section.heading();
			Matcher sample = SAMPLE_ANSWER.matcher(heading);
			switch (heading.toLowerCase(Locale.ROOT)) {
				case "prompt" -> prompt = limit("the prompt", section.text(), MAX_PROMPT);
				case "what interviewers listen for" -> listenFor = limit(heading, section.text(), MAX_TEXT);
				case "follow-up questions" -> followUps = bulletList(section);
				case "pitfalls" -> pitfalls = bulletList(section);
				default -> {
					if (!sample.matches()) {
						throw new MarkdownFormatException("unknown section '## " + heading
								+ "' (expected Prompt, What interviewers listen for, Follow-up questions, Pitfalls"
								+ " or Sample answer (framework))");
					}
					answers.add(parseSampleAnswer(resolve(sample.group(1).strip()), section));
				}
			}
		}
		if (prompt == null || prompt.isBlank()) {
			throw new MarkdownFormatException("the '## Prompt' section is missing or empty");
		}
		return new QuestionDetail(id, title, competencyIds, difficulty, frameworkIds, tags, prompt, listenFor,
				followUps, pitfalls, answers);
	}

	private SampleAnswerView parseSampleAnswer(FrameworkView framework, MarkdownSection section)
			throws MarkdownFormatException {
		String where = "sample answer (" + framework.name() + ")";
		Map<String, String> byId = new LinkedHashMap<>();
		for (MarkdownSection part : section.subsections(3)) {
			SectionView target = framework.section(part.heading())
				.orElseThrow(() -> new MarkdownFormatException("the " + where + " has a section '" + part.heading()
						+ "' that " + framework.name() + " does not have"));
			if (byId.containsKey(target.id())) {
				throw new MarkdownFormatException("the " + where + " has '" + target.title() + "' twice");
			}
			if (part.text().isBlank()) {
				throw new MarkdownFormatException("the " + where + " has an empty '" + target.title() + "'");
			}
			byId.put(target.id(), limit(where + " " + target.title(), part.text(), MAX_TEXT));
		}
		Map<String, String> ordered = new LinkedHashMap<>();
		for (SectionView expected : framework.sections()) {
			String body = byId.get(expected.id());
			if (body == null) {
				throw new MarkdownFormatException("the " + where + " lacks the section '" + expected.title() + "'");
			}
			ordered.put(expected.id(), body);
		}
		return new SampleAnswerView(framework.id(), ordered);
	}

	private FrameworkView resolve(String framework) throws MarkdownFormatException {
		return frameworks.apply(framework)
			.orElseThrow(() -> new MarkdownFormatException("unknown framework '" + framework + "' (see frameworks/)"));
	}

	private static List<String> bulletList(MarkdownSection section) throws MarkdownFormatException {
		List<String> items = section.listItems();
		if (items.isEmpty()) {
			throw new MarkdownFormatException("'## " + section.heading() + "' must be a bullet list");
		}
		return limitList(section.heading(), items, Integer.MAX_VALUE, MAX_TEXT);
	}

	private static Difficulty parseDifficulty(String value) throws MarkdownFormatException {
		return Difficulty.fromId(value.toLowerCase(Locale.ROOT))
			.orElseThrow(() -> new MarkdownFormatException(
					"difficulty '" + value + "' is not one of easy, medium, hard"));
	}

}
