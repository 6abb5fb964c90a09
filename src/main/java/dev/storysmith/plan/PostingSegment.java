package dev.storysmith.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A run of the posting's text, marked when a signal stands there. The page prints each run as
 * escaped text (inside a {@code <mark>} when marked), so the posting is never pasted in as HTML.
 * {@code label} names the competencies and phrases found there ("Incident response: on-call").
 */
record PostingSegment(String text, boolean marked, String label) {

	/**
	 * Cuts the posting at the signals found in it; overlapping finds (one phrase signalling two
	 * competencies) become one mark labelled with both.
	 */
	static List<PostingSegment> of(String posting, List<PostingReader.Hit> hits, Map<String, String> names) {
		List<PostingReader.Hit> sorted = hits.stream()
			.sorted((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()))
			.toList();
		List<PostingSegment> segments = new ArrayList<>();
		int at = 0;
		int i = 0;
		while (i < sorted.size()) {
			int start = sorted.get(i).start();
			int end = sorted.get(i).end();
			Set<String> labels = new LinkedHashSet<>();
			while (i < sorted.size() && sorted.get(i).start() < end) {
				PostingReader.Hit hit = sorted.get(i);
				end = Math.max(end, hit.end());
				labels.add(names.getOrDefault(hit.competency(), hit.competency()) + ": " + hit.signal());
				i++;
			}
			if (start > at) {
				segments.add(new PostingSegment(posting.substring(at, start), false, ""));
			}
			segments.add(new PostingSegment(posting.substring(start, end), true, String.join("; ", labels)));
			at = end;
		}
		if (at < posting.length()) {
			segments.add(new PostingSegment(posting.substring(at), false, ""));
		}
		return segments;
	}

}
