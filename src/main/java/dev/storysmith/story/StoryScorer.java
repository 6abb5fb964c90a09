package dev.storysmith.story;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.rubric.Draft;
import dev.storysmith.rubric.web.FrameworkShapes;
import dev.storysmith.rubric.RubricEngine;
import dev.storysmith.rubric.Scorecard;

/** Scores a story's current text with the rubric, sections in the framework's speaking order. */
@Component
class StoryScorer {

	private final RubricEngine engine;

	private final FrameworkCatalog frameworks;

	StoryScorer(RubricEngine engine, FrameworkCatalog frameworks) {
		this.engine = engine;
		this.frameworks = frameworks;
	}

	/** The highest score of each criterion the rubric publishes, by id: what a stored revision score may be. */
	Map<String, Integer> criterionMaxima() {
		Map<String, Integer> maxima = new LinkedHashMap<>();
		engine.criteria().forEach(c -> maxima.put(c.id(), c.max()));
		return maxima;
	}

	Scorecard score(StoryContent content) {
		FrameworkView framework = frameworks.find(content.framework())
			.orElseThrow(() -> new IllegalArgumentException("unknown framework " + content.framework()));
		return engine.score(new Draft(FrameworkShapes.of(framework), framework.inSpeakingOrder(content.sections())));
	}

}
