package dev.storysmith.plan;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostingSegmentTests {

	static final Map<String, String> NAMES = Map.of("incidents", "Incident response", "mentoring", "Mentoring");

	@Test
	void cutsThePostingAtEverySignalAndKeepsAllTheText() {
		String posting = "Join on-call; mentor juniors.";
		List<PostingSegment> segments = PostingSegment.of(posting,
				List.of(new PostingReader.Hit("incidents", "on-call", 5, 12), new PostingReader.Hit("mentoring", "mentor", 14, 20)),
				NAMES);

		assertThat(segments).containsExactly(new PostingSegment("Join ", false, ""),
				new PostingSegment("on-call", true, "Incident response: on-call"), new PostingSegment("; ", false, ""),
				new PostingSegment("mentor", true, "Mentoring: mentor"), new PostingSegment(" juniors.", false, ""));
		assertThat(String.join("", segments.stream().map(PostingSegment::text).toList())).isEqualTo(posting);
	}

	@Test
	void mergesOverlappingSignalsIntoOneMarkNamingBoth() {
		String posting = "lead a team of SREs";
		List<PostingSegment> segments = PostingSegment.of(posting,
				List.of(new PostingReader.Hit("mentoring", "lead a team", 0, 11), new PostingReader.Hit("incidents", "team of SREs", 7, 19)),
				NAMES);

		assertThat(segments).containsExactly(
				new PostingSegment("lead a team of SREs", true, "Mentoring: lead a team; Incident response: team of SREs"));
	}

	@Test
	void aPostingWithoutSignalsIsOnePlainRun() {
		assertThat(PostingSegment.of("We sell shoes.", List.of(), NAMES))
			.containsExactly(new PostingSegment("We sell shoes.", false, ""));
	}

}
