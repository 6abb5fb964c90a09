package dev.storysmith.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Read access to the bank for pages, the API and other modules. Everything is answered from
 * the in-memory snapshot: no database query and no markdown rendering per call.
 */
@Service
public class QuestionCatalog {

	private final BankSnapshots snapshots;

	private final MessageSource messages;

	QuestionCatalog(BankSnapshots snapshots, MessageSource messages) {
		this.snapshots = snapshots;
		this.messages = messages;
	}

	/** Active questions matching the filter: by title, or best match first when it has search text. */
	public List<QuestionSummary> search(QuestionFilter filter) {
		return snapshots.current().search(filter);
	}

	/** An active question with everything on it; empty for unknown and retired ids. */
	public Optional<QuestionDetail> find(String id) {
		return snapshots.current().find(id);
	}

	public List<CompetencyView> competencies() {
		return snapshots.current().competencies();
	}

	/** Competency display names by id ("data-driven-decisions" -> "Data-driven decisions"), in vocabulary order. */
	public Map<String, String> competencyNames() {
		Map<String, String> names = new LinkedHashMap<>();
		competencies().forEach(c -> names.put(c.id(), c.name()));
		return names;
	}

	/** How many active questions probe each competency, in vocabulary order (zero included). */
	public Map<CompetencyView, Long> countsByCompetency() {
		return snapshots.current().countsByCompetency();
	}

	/**
	 * One page of the question list, with the searched words marked, and the list's labels in
	 * {@code locale}, both from the same bank snapshot so that counts and totals agree.
	 * @param filter empty when the search input was refused: nothing is listed
	 */
	ListPage list(Optional<QuestionFilter> filter, int page, Locale locale) {
		BankSnapshot bank = snapshots.current();
		return new ListPage(filter.map(f -> bank.list(f, page)).orElseGet(QuestionListing::nothing),
				bank.labels(locale, messages));
	}

	record ListPage(QuestionListing listing, ListLabels labels) {
	}

	/** A question's page, rendered when the bank was loaded. */
	Optional<QuestionPage> page(String id) {
		return snapshots.current().page(id);
	}

	/**
	 * The English analysis and synonym list the question search uses, for matching other text
	 * the same way. It belongs to the current bank snapshot: ask again rather than keep it.
	 */
	public TextAnalysis textAnalysis() {
		return snapshots.current().textAnalysis();
	}

	/** Changes whenever the bank in memory changes: part of the pages' and API's ETags. */
	long version() {
		return snapshots.current().version();
	}

}
