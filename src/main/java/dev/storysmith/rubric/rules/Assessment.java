package dev.storysmith.rubric.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.storysmith.rubric.Evidence;
import dev.storysmith.rubric.Finding;

/** What one criterion concluded about a draft: its score and why. */
public record Assessment(int score, List<Evidence> evidence, List<String> advice, List<Finding> findings) {

	/** How much evidence and how many findings of one rule a scorecard lists (the score counts all). */
	record Limits(int maxEvidence, int maxFindingsPerRule) {
	}

	/** Collects evidence, advice and findings, dropping repeats and anything over the limits. */
	static final class Builder {

		private final Limits limits;

		private final Set<Evidence> evidence = new LinkedHashSet<>();

		private final List<String> advice = new ArrayList<>();

		private final List<Finding> findings = new ArrayList<>();

		private final Map<String, Integer> findingsPerRule = new HashMap<>();

		Builder(Limits limits) {
			this.limits = limits;
		}

		Builder evidence(Evidence item) {
			if (evidence.size() < limits.maxEvidence()) {
				evidence.add(item);
			}
			return this;
		}

		Builder advice(String sentence) {
			advice.add(sentence);
			return this;
		}

		Builder adviceIf(boolean missing, String sentence) {
			return missing ? advice(sentence) : this;
		}

		Builder finding(Finding finding) {
			if (findingsPerRule.merge(finding.rule(), 1, Integer::sum) <= limits.maxFindingsPerRule()) {
				findings.add(finding);
			}
			return this;
		}

		Assessment score(int score) {
			return new Assessment(Math.max(0, Math.min(Criterion.MAX, score)), List.copyOf(evidence),
					List.copyOf(advice), List.copyOf(findings));
		}

	}

}
