package dev.storysmith.question;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bank in the database, for the importer and the in-memory snapshot: upsert by id, retire what has gone. */
@Service
@Transactional
public class QuestionStore {

	private final QuestionRepository questions;

	private final CompetencyRepository competencies;

	private final Clock clock;

	QuestionStore(QuestionRepository questions, CompetencyRepository competencies, Clock clock) {
		this.questions = questions;
		this.competencies = competencies;
		this.clock = clock;
	}

	/**
	 * Stores a parsed question unless the stored one came from identical content.
	 * @return true when something was written
	 */
	public boolean save(QuestionDetail detail, String sourceFile, String contentHash) {
		Question question = questions.findById(detail.id()).orElseGet(() -> new Question(detail.id()));
		if (question.isUnchanged(contentHash) && sourceFile.equals(question.getSourceFile())) {
			return false;
		}
		question.update(detail, sourceFile, contentHash, clock.instant());
		questions.save(question);
		return true;
	}

	/**
	 * Retires every active question that is neither in {@code liveIds} nor read from one of
	 * {@code unreadableFiles} (a file that is still there but failed keeps its last good version).
	 * @return the ids retired
	 */
	public List<String> retireAllExcept(Set<String> liveIds, Set<String> unreadableFiles) {
		List<String> retired = new ArrayList<>();
		for (Question question : questions.findAllByRetiredFalse()) {
			if (!liveIds.contains(question.getId()) && !unreadableFiles.contains(question.getSourceFile())) {
				question.retire();
				retired.add(question.getId());
			}
		}
		return retired;
	}

	/** Every active question as stored, for building the in-memory bank. */
	@Transactional(readOnly = true)
	public List<QuestionDetail> activeQuestions() {
		return questions.findAllByRetiredFalse().stream().map(Question::toDetail).toList();
	}

	/** The stored competency vocabulary in its file's order. */
	@Transactional(readOnly = true)
	public List<CompetencyView> competencies() {
		return competencies.findAllByOrderBySortOrderAsc().stream().map(Competency::toView).toList();
	}

	/**
	 * Makes the stored vocabulary match the bank's competencies file, keeping ids stable.
	 * @return true when something was written; false when the file says what is stored already
	 */
	public boolean saveCompetencies(List<CompetencyView> vocabulary) {
		boolean written = false;
		for (int i = 0; i < vocabulary.size(); i++) {
			CompetencyView view = vocabulary.get(i);
			Competency competency = competencies.findById(view.id()).orElseGet(() -> new Competency(view.id()));
			if (!competency.matches(view, i)) {
				competency.update(view, i);
				competencies.save(competency);
				written = true;
			}
		}
		return written;
	}

}
