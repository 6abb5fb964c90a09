package dev.storysmith.story;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.rubric.CriterionScore;
import dev.storysmith.rubric.FollowUp;
import dev.storysmith.rubric.FollowUpPlanner;
import dev.storysmith.rubric.FrameworkShape;
import dev.storysmith.rubric.Scorecard;
import dev.storysmith.rubric.web.FrameworkShapes;
import dev.storysmith.system.PageNotFoundException;

/**
 * The follow-up drill: the follow-ups of a story's current text, one short answer at a time,
 * each scored on the criterion its follow-up probes and kept with the story; an answer can be
 * added to the section it belongs in, so it becomes part of the next revision.
 */
@Service
class StoryDrills {

	private final StoryService stories;

	private final DrillAnswerRepository answers;

	private final FollowUpPlanner planner;

	private final FrameworkCatalog frameworks;

	private final Clock clock;

	StoryDrills(StoryService stories, DrillAnswerRepository answers, FollowUpPlanner planner, FrameworkCatalog frameworks,
			Clock clock) {
		this.stories = stories;
		this.answers = answers;
		this.planner = planner;
		this.frameworks = frameworks;
		this.clock = clock;
	}

	/**
	 * What the drill page shows: the story, its follow-ups with the section each answer goes to,
	 * the answers so far.
	 */
	record Drill(StoryView story, List<FollowUp> followUps, List<String> sections, Map<String, String> sectionTitles,
			List<DrillAnswerView> answers) {

		/** Answers to follow-ups the story no longer invites (its text has changed since). */
		public List<DrillAnswerView> earlier() {
			List<String> asked = followUps.stream().map(FollowUp::question).toList();
			return answers.stream().filter(a -> !asked.contains(a.question())).toList();
		}

	}

	@Transactional(readOnly = true)
	Drill drill(long owner, long storyId) {
		StoryView story = story(owner, storyId);
		FrameworkView framework = framework(story);
		List<FollowUp> followUps = followUps(story);
		FrameworkShape shape = FrameworkShapes.of(framework);
		return new Drill(story, followUps, followUps.stream().map(f -> planner.sectionFor(shape, f)).toList(),
				new LinkedHashMap<>(framework.sectionTitles()),
				answers.findByStoryIdAndOwnerIdOrderByIdAsc(storyId, owner).stream().map(DrillAnswer::toView).toList());
	}

	/** Scores and keeps the answer to follow-up number {@code index} of the story's current follow-ups. */
	@Transactional
	DrillAnswerView answer(long owner, long storyId, int index, String answer) {
		StoryView story = story(owner, storyId);
		List<FollowUp> followUps = followUps(story);
		if (index < 0 || index >= followUps.size()) {
			throw new PageNotFoundException("follow-up " + index + " of story " + storyId);
		}
		FollowUp followUp = followUps.get(index);
		FrameworkShape shape = FrameworkShapes.of(framework(story));
		String text = answer.strip();
		CriterionScore score = planner.scoreAnswer(shape, followUp, text);
		return answers.save(new DrillAnswer(owner, storyId, followUp.criterion(), followUp.question(), text, score.score(),
				score.max(), planner.sectionFor(shape, followUp), clock.instant())).toView();
	}

	/** Adds a kept answer to the end of its section of the story (once), keeping the text there. */
	@Transactional
	void addToStory(long owner, long storyId, long answerId) {
		StoryView story = story(owner, storyId);
		DrillAnswer kept = answers.findByIdAndStoryIdAndOwnerId(answerId, storyId, owner)
			.orElseThrow(() -> new PageNotFoundException("drill answer " + answerId));
		if (kept.added()) {
			return;
		}
		Map<String, String> sections = new LinkedHashMap<>(story.sections());
		String before = sections.getOrDefault(kept.sectionId(), "").strip();
		sections.put(kept.sectionId(), before.isEmpty() ? kept.answer() : before + "\n\n" + kept.answer());
		StoryContent content = story.content();
		stories.update(owner, storyId, story.version(), new StoryContent(content.title(), content.framework(), sections,
				content.unplacedNotes(), content.questionIds(), content.competencies()));
		kept.markAdded();
	}

	private StoryView story(long owner, long storyId) {
		return stories.find(owner, storyId).orElseThrow(() -> new StoryExceptions.NotFound(storyId));
	}

	private FrameworkView framework(StoryView story) {
		return frameworks.find(story.framework())
			.orElseThrow(() -> new PageNotFoundException("framework " + story.framework()));
	}

	private List<FollowUp> followUps(StoryView story) {
		StoryContent content = story.content();
		Scorecard card = stories.score(content);
		return stories.followUps(content, card);
	}

}
