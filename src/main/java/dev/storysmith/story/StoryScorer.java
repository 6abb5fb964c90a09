package dev.storysmith.story;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.rubric.Draft;
import dev.storysmith.rubric.FollowUp;
import dev.storysmith.rubric.FollowUpPlanner;
import dev.storysmith.rubric.web.FrameworkShapes;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.rubric.Scorecard;

/**
 * Scores a story's current text with the rubric, sections in the framework's speaking order, and
 * plans the follow-ups an interviewer would ask of it (with its linked questions' own).
 */
@Component
class StoryScorer {

	private final RubricEngine engine;

	private final FrameworkCatalog frameworks;

	private final FollowUpPlanner planner;

	private final QuestionCatalog questions;

	StoryScorer(RubricEngine engine, FrameworkCatalog frameworks, FollowUpPlanner planner, QuestionCatalog questions) {
		this.engine = engine;
		this.frameworks = frameworks;
		this.planner = planner;
		this.questions = questions;
	}

	/** The highest score of each criterion the rubric publishes, by id: what a stored revision score may be. */
	Map<String, Integer> criterionMaxima() {
		Map<String, Integer> maxima = new LinkedHashMap<>();
		engine.criteria().forEach(c -> maxima.put(c.id(), c.max()));
		return maxima;
	}

	Scorecard score(StoryContent content) {
		return engine.score(draft(content));
	}

	/** What an interviewer would ask next of the content, given its scorecard. */
	List<FollowUp> followUps(StoryContent content, Scorecard card) {
		List<String> bank = content.questionIds()
			.stream()
			.flatMap(id -> questions.find(id).stream())
			.map(QuestionDetail::followUps)
			.flatMap(List::stream)
			.toList();
		return planner.plan(draft(content), card, bank);
	}

	private Draft draft(StoryContent content) {
		FrameworkView framework = frameworks.find(content.framework())
			.orElseThrow(() -> new IllegalArgumentException("unknown framework " + content.framework()));
		return new Draft(FrameworkShapes.of(framework), framework.inSpeakingOrder(content.sections()));
	}

}
