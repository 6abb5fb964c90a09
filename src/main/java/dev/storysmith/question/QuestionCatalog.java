package dev.storysmith.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the bank for pages, the API and other modules. */
@Service
@Transactional(readOnly = true)
public class QuestionCatalog {

	private final QuestionRepository questions;

	private final CompetencyRepository competencies;

	QuestionCatalog(QuestionRepository questions, CompetencyRepository competencies) {
		this.questions = questions;
		this.competencies = competencies;
	}

	/** Active questions matching the filter, by title. */
	public List<QuestionSummary> search(QuestionFilter filter) {
		return questions.findAll(filter.toSpecification(), Sort.by("title"))
			.stream()
			.map(Question::toSummary)
			.toList();
	}

	/** An active question with everything on it; empty for unknown and retired ids. */
	public Optional<QuestionDetail> find(String id) {
		return questions.findById(id).filter(q -> !q.isRetired()).map(Question::toDetail);
	}

	public List<CompetencyView> competencies() {
		return competencies.findAllByOrderBySortOrderAsc().stream().map(Competency::toView).toList();
	}

	/** Competency display names by id ("data-driven-decisions" -> "Data-driven decisions"), in vocabulary order. */
	public Map<String, String> competencyNames() {
		Map<String, String> names = new LinkedHashMap<>();
		competencies().forEach(c -> names.put(c.id(), c.name()));
		return names;
	}

	/** How many active questions probe each competency, in vocabulary order (zero included). */
	public Map<CompetencyView, Long> countsByCompetency() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (Object[] row : questions.countActiveByCompetency()) {
			counts.put((String) row[0], (Long) row[1]);
		}
		Map<CompetencyView, Long> result = new LinkedHashMap<>();
		competencies().forEach(c -> result.put(c, counts.getOrDefault(c.id(), 0L)));
		return result;
	}

}
