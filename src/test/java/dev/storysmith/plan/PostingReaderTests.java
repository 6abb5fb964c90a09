package dev.storysmith.plan;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.storysmith.question.CompetencyView;
import dev.storysmith.question.TextAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class PostingReaderTests {

	static final CompetencyView INCIDENTS = new CompetencyView("incident-response", "Incident response", "",
			List.of("on-call", "incident response", "incidents", "postmortem", "SLO"));

	static final CompetencyView MENTORING = new CompetencyView("mentoring-and-leadership", "Mentoring and leadership", "",
			List.of("mentor", "grow engineers", "coach"));

	static final CompetencyView INFLUENCE = new CompetencyView("influence-without-authority", "Influence without authority",
			"", List.of("influence", "drive alignment"));

	static final CompetencyView CUSTOMERS = new CompetencyView("customer-focus", "Customer focus", "",
			List.of("customers", "user-facing"));

	private final PostingReader reader = new PostingReader(TextAnalysis.of(""),
			List.of(INCIDENTS, MENTORING, INFLUENCE, CUSTOMERS));

	PostingReaderTests() throws Exception {
	}

	@Test
	void findsSignalsWhateverTheirEndingsHyphensAndCase() {
		String posting = "You will join the On Call rotation and write Postmortems after incidents.";

		PostingReader.Reading reading = reader.read(posting, null);

		assertThat(reading.competencies()).singleElement().satisfies(c -> {
			assertThat(c.id()).isEqualTo("incident-response");
			assertThat(c.signals()).containsExactly("on-call", "postmortem", "incidents");
			assertThat(c.weight()).isEqualTo(100);
		});
		assertThat(reading.hits()).extracting(h -> posting.substring(h.start(), h.end()))
			.containsExactly("On Call", "Postmortems", "incidents");
	}

	@Test
	void countsALongerPhraseOnceInsteadOfAlsoAsTheShorterOneInsideIt() {
		PostingReader.Reading reading = reader.read("Strong incident response skills.", null);

		assertThat(reading.competencies().get(0).signals()).containsExactly("incident response");
		assertThat(reading.hits()).hasSize(1);
	}

	@Test
	void weighsDistinctSignalsAboveRepeatsAndCapsTheRepeats() {
		// Incidents: 1 distinct + 5 repeats -> 2 + 3 = 5 points. Mentoring: 3 distinct -> 6 points.
		String posting = "on-call, on-call, on-call, on-call, on-call, on-call. Mentor, coach and grow engineers.";

		List<RankedCompetency> ranked = reader.read(posting, null).competencies();

		assertThat(ranked).extracting(RankedCompetency::id).containsExactly("mentoring-and-leadership", "incident-response");
		assertThat(ranked).extracting(RankedCompetency::weight).containsExactly(100, 83);
		assertThat(ranked.get(1).occurrences()).isEqualTo(6);
	}

	@Test
	void breaksTiesByTheCompetencyThePostingNamesFirst() {
		List<RankedCompetency> ranked = reader.read("Our customers rely on you; mentor the team.", null).competencies();

		assertThat(ranked).extracting(RankedCompetency::id).containsExactly("customer-focus", "mentoring-and-leadership");
	}

	@Test
	void aStaffLevelNudgesInfluenceAndMentoringUpEvenWithoutTheirWords() {
		String posting = "You are on-call for user-facing services that our customers use.";

		List<RankedCompetency> plain = reader.read(posting, null).competencies();
		List<RankedCompetency> staff = reader.read(posting, Level.STAFF).competencies();
		List<RankedCompetency> junior = reader.read(posting, Level.JUNIOR).competencies();

		assertThat(plain).extracting(RankedCompetency::id).containsExactly("customer-focus", "incident-response");
		assertThat(junior).isEqualTo(plain);
		assertThat(staff).extracting(RankedCompetency::id)
			.containsExactly("customer-focus", "mentoring-and-leadership", "influence-without-authority", "incident-response");
		assertThat(staff.get(1).byLevel()).isTrue();
		assertThat(staff.get(1).signals()).isEmpty();
	}

	@Test
	void aPostingWithoutAnySignalStressesNothing() {
		PostingReader.Reading reading = reader.read("We sell shoes in Lisbon.", Level.MID);

		assertThat(reading.competencies()).isEmpty();
		assertThat(reading.hits()).isEmpty();
	}

}
