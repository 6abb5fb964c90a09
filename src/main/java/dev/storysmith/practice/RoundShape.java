package dev.storysmith.practice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.storysmith.framework.FrameworkView;
import dev.storysmith.framework.SectionKind;
import dev.storysmith.framework.SectionView;

/**
 * Fits a timed round to its question and its clock: which framework to answer in, and how
 * many boxes to show. A framework fits when it matches what the question asks for (a past
 * event or a hypothetical, a resume walk-through or one story) and its length; a short round
 * merges sections into at most two boxes a minute ("Context / What I did / Result / Lesson").
 */
final class RoundShape {

	static final String FALLBACK = "star-l";

	static final String HYPOTHETICAL_FALLBACK = "hypothetical-playbook";

	/** Say what you would do: they fit only questions that pose a hypothetical. */
	private static final Set<String> HYPOTHETICAL_FRAMEWORKS = Set.of("hypothetical-playbook", "incident-playbook");

	/** One block per role: fits only the resume walk-through. */
	private static final Set<String> WALKTHROUGH_FRAMEWORKS = Set.of("impact");

	/** Frameworks with many boxes that need the upper end of the time budget. */
	private static final Map<String, Integer> MIN_SECONDS = Map.of("deep-dive", 180);

	private static final int BOXES_PER_MINUTE = 2;

	private static final int MIN_BOXES = 4;

	/** The merged boxes, in speaking order, by the part each section plays. */
	private static final Map<SectionKind, String> MERGED = new EnumMap<>(Map.of(SectionKind.CONTEXT,
			"practice.box.context", SectionKind.TASK, "practice.box.context", SectionKind.ACTION,
			"practice.box.action", SectionKind.RESULT, "practice.box.result", SectionKind.REFLECTION,
			"practice.box.lesson"));

	private RoundShape() {
	}

	/**
	 * The first suggested framework that fits the question and the length, or a fallback of
	 * the question's kind.
	 */
	static String framework(List<String> suggested, List<String> tags, int seconds) {
		return suggested.stream()
			.filter(id -> fits(id, tags, seconds))
			.findFirst()
			.orElse(isHypothetical(tags) ? HYPOTHETICAL_FALLBACK : FALLBACK);
	}

	/** Whether a framework fits a question with these tags, for a round of this length. */
	static boolean fits(String framework, List<String> tags, int seconds) {
		return HYPOTHETICAL_FRAMEWORKS.contains(framework) == isHypothetical(tags)
				&& (!WALKTHROUGH_FRAMEWORKS.contains(framework) || isWalkthrough(tags))
				&& seconds >= MIN_SECONDS.getOrDefault(framework, 0);
	}

	/**
	 * The boxes a round of this length shows: one per section when they fit, else merged by
	 * the part each section plays. A box posts as its first section, so the story keeps the
	 * framework.
	 */
	static List<Box> boxes(FrameworkView framework, int seconds) {
		int limit = Math.max(MIN_BOXES, BOXES_PER_MINUTE * (seconds / 60));
		if (framework.sections().size() <= limit) {
			return framework.sections().stream().map(s -> new Box(s.id(), null, s.title(), s.prompt(), s.share())).toList();
		}
		Map<String, List<SectionView>> groups = framework.sections()
			.stream()
			.collect(Collectors.groupingBy(s -> MERGED.get(s.kind() == null ? SectionKind.ACTION : s.kind()),
					java.util.LinkedHashMap::new, Collectors.toList()));
		List<Box> boxes = new ArrayList<>();
		for (String key : List.of("practice.box.context", "practice.box.action", "practice.box.result",
				"practice.box.lesson")) {
			List<SectionView> merged = groups.get(key);
			if (merged != null) {
				boxes.add(new Box(merged.get(0).id(), key,
						merged.stream().map(SectionView::title).collect(Collectors.joining(" + ")),
						merged.get(0).prompt(), merged.stream().mapToInt(SectionView::share).sum()));
			}
		}
		return boxes;
	}

	private static boolean isHypothetical(List<String> tags) {
		return tags.contains("hypothetical");
	}

	private static boolean isWalkthrough(List<String> tags) {
		return tags.contains("resume") || tags.contains("walkthrough");
	}

	/**
	 * One box of a round: {@code id} is the section its text is saved into; {@code titleKey} is
	 * the merged box's message key (null when the box is one section, titled {@code title}).
	 */
	record Box(String id, String titleKey, String title, String prompt, int share) {
	}

}
