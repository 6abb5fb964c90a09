package dev.storysmith.practice;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionDetail;

/**
 * The framework a round is answered in: the boxes it shows for its length, the frameworks the
 * user may switch to before answering (the question's suggestions and the fallback), and the
 * switch itself, which starts the clock again.
 */
@Service
@Transactional
public class RoundFraming {

	private final PracticeAttemptRepository attempts;

	private final QuestionCatalog questions;

	private final FrameworkCatalog frameworks;

	private final Clock clock;

	RoundFraming(PracticeAttemptRepository attempts, QuestionCatalog questions, FrameworkCatalog frameworks,
			Clock clock) {
		this.attempts = attempts;
		this.questions = questions;
		this.frameworks = frameworks;
		this.clock = clock;
	}

	public Optional<FrameworkView> framework(String id) {
		return frameworks.find(id);
	}

	/** The boxes for a round of this framework and length. */
	public List<RoundShape.Box> boxes(FrameworkView framework, int seconds) {
		return RoundShape.boxes(framework, seconds);
	}

	/** Frameworks this question may be answered in, other than the current one. */
	@Transactional(readOnly = true)
	public List<FrameworkView> alternatives(QuestionDetail question, String current) {
		Set<String> ids = new LinkedHashSet<>(question.frameworks());
		ids.add(RoundShape.FALLBACK);
		ids.remove(current);
		return ids.stream().map(frameworks::find).flatMap(Optional::stream).toList();
	}

	/**
	 * Switches an unfinished round to another of its question's frameworks and restarts its clock.
	 * @return false when the round is not the owner's, is finished, or the framework is not offered
	 */
	public boolean switchTo(long owner, long roundId, String frameworkId) {
		Optional<PracticeAttempt> attempt = attempts.findByIdAndOwnerId(roundId, owner)
			.filter(a -> !a.isFinished());
		if (attempt.isEmpty()) {
			return false;
		}
		boolean offered = questions.find(attempt.get().getQuestionId())
			.map(q -> alternatives(q, attempt.get().getFrameworkId()))
			.orElse(List.of())
			.stream()
			.anyMatch(f -> f.id().equals(frameworkId));
		if (offered) {
			attempt.get().restart(frameworkId, clock.instant());
		}
		return offered;
	}

}
