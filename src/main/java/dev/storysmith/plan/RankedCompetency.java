package dev.storysmith.plan;

import java.util.List;

/**
 * A competency the posting stresses. {@code weight} is 0-100, the strongest competency 100 (see
 * {@link PostingReader} for how the points are counted); {@code signals} are the bank's phrases
 * found in the posting, in the order they first appear; {@code byLevel} says the role's level
 * added points to it.
 */
record RankedCompetency(String id, String name, int weight, List<String> signals, int occurrences, boolean byLevel) {

	RankedCompetency {
		signals = List.copyOf(signals);
	}

}
