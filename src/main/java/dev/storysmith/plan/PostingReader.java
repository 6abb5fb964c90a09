package dev.storysmith.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.storysmith.question.CompetencyView;
import dev.storysmith.question.TextAnalysis;
import dev.storysmith.question.TextAnalysis.Token;

/**
 * Reads a job posting for the competencies it stresses, with the bank's analysis (the question
 * search's): a signal phrase matches where the posting has the same stemmed words in a row, so
 * "postmortem" finds "postmortems" and "on-call" finds "on call".
 * <p>
 * Points per competency: 2 for each distinct signal found, plus 1 for each repeat of a signal,
 * at most {@value #MAX_REPEAT_POINTS} (a posting that says "on-call" six times stresses it, but
 * must not drown everything else), plus the level's nudge for the competencies a senior role is
 * judged on ({@link Level}). Inside one competency a longer phrase wins over a shorter one on the
 * same words ("incident response" counts once, not also as "incidents"). The weight is the points
 * as a share of the strongest competency's, 0-100. Ties go to more distinct signals, then to the
 * competency the posting names first, then to the bank's order.
 */
final class PostingReader {

	static final int MAX_REPEAT_POINTS = 3;

	private final TextAnalysis analysis;

	private final List<CompetencyView> vocabulary;

	/** Each competency's signals as stemmed words, analysed once per bank. */
	private final Map<CompetencyView, List<Phrase>> phrases = new LinkedHashMap<>();

	PostingReader(TextAnalysis analysis, List<CompetencyView> vocabulary) {
		this.analysis = analysis;
		this.vocabulary = List.copyOf(vocabulary);
		for (CompetencyView competency : vocabulary) {
			List<Phrase> list = new ArrayList<>();
			for (String signal : competency.signals()) {
				List<String> terms = analysis.terms(signal);
				if (!terms.isEmpty()) {
					list.add(new Phrase(signal, terms));
				}
			}
			phrases.put(competency, list);
		}
	}

	/** A place in the posting where a competency's signal stands. */
	record Hit(String competency, String signal, int start, int end) {
	}

	/** What the posting says: its competencies strongest first, and every place a signal was found. */
	record Reading(List<RankedCompetency> competencies, List<Hit> hits) {
	}

	Reading read(String posting, Level level) {
		List<Token> tokens = analysis.tokens(posting);
		List<Hit> allHits = new ArrayList<>();
		List<Scored> scored = new ArrayList<>();
		for (int order = 0; order < vocabulary.size(); order++) {
			CompetencyView competency = vocabulary.get(order);
			List<Hit> hits = hits(competency, tokens);
			int nudge = level != null && Level.NUDGED.contains(competency.id()) ? level.nudge() : 0;
			Set<String> distinct = new LinkedHashSet<>();
			hits.stream().sorted(Comparator.comparingInt(Hit::start)).forEach(h -> distinct.add(h.signal()));
			int points = 2 * distinct.size() + Math.min(hits.size() - distinct.size(), MAX_REPEAT_POINTS) + nudge;
			if (points > 0) {
				int first = hits.stream().mapToInt(Hit::start).min().orElse(Integer.MAX_VALUE);
				scored.add(new Scored(competency, points, List.copyOf(distinct), hits.size(), nudge > 0, first, order));
				allHits.addAll(hits);
			}
		}
		scored.sort(Comparator.comparingInt(Scored::points)
			.reversed()
			.thenComparing(Comparator.comparingInt((Scored s) -> s.signals().size()).reversed())
			.thenComparingInt(Scored::firstAt)
			.thenComparingInt(Scored::order));
		int strongest = scored.isEmpty() ? 1 : scored.get(0).points();
		List<RankedCompetency> ranked = scored.stream()
			.map(s -> new RankedCompetency(s.competency().id(), s.competency().name(),
					Math.round(100f * s.points() / strongest), s.signals(), s.occurrences(), s.byLevel()))
			.toList();
		allHits.sort(Comparator.comparingInt(Hit::start).thenComparingInt(Hit::end));
		return new Reading(ranked, allHits);
	}

	/** Every match of the competency's signals, longest phrases first, none overlapping another of the same competency. */
	private List<Hit> hits(CompetencyView competency, List<Token> tokens) {
		List<Phrase> longestFirst = new ArrayList<>(phrases.get(competency));
		longestFirst.sort(Comparator.comparingInt((Phrase p) -> p.terms().size()).reversed());
		boolean[] taken = new boolean[tokens.size()];
		List<Hit> hits = new ArrayList<>();
		for (Phrase phrase : longestFirst) {
			int length = phrase.terms().size();
			for (int i = 0; i + length <= tokens.size(); i++) {
				if (matches(phrase, tokens, i) && free(taken, i, length)) {
					for (int k = i; k < i + length; k++) {
						taken[k] = true;
					}
					hits.add(new Hit(competency.id(), phrase.signal(), tokens.get(i).start(),
							tokens.get(i + length - 1).end()));
				}
			}
		}
		return hits;
	}

	private static boolean matches(Phrase phrase, List<Token> tokens, int at) {
		for (int k = 0; k < phrase.terms().size(); k++) {
			if (!tokens.get(at + k).term().equals(phrase.terms().get(k))) {
				return false;
			}
		}
		return true;
	}

	private static boolean free(boolean[] taken, int from, int length) {
		for (int k = from; k < from + length; k++) {
			if (taken[k]) {
				return false;
			}
		}
		return true;
	}

	private record Phrase(String signal, List<String> terms) {
	}

	private record Scored(CompetencyView competency, int points, List<String> signals, int occurrences, boolean byLevel,
			int firstAt, int order) {
	}

}
