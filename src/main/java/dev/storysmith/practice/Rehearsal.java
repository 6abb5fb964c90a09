package dev.storysmith.practice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * One spoken rehearsal of a story, as measured in the browser: how long it ran, how much of it
 * was speech, its pauses, the time spent on each section, the estimated pace and, if the user
 * gave one, what they said. Never the audio.
 */
@Entity
@Table(name = "rehearsal")
class Rehearsal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_id", nullable = false, updatable = false)
	private Long ownerId;

	/** The story module's id of the story rehearsed. */
	@Column(name = "story_id", nullable = false, updatable = false)
	private Long storyId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "duration_ms", nullable = false)
	private int durationMs;

	@Column(name = "speaking_ms", nullable = false)
	private int speakingMs;

	@Column(name = "longest_run_ms", nullable = false)
	private int longestRunMs;

	@Column(nullable = false)
	private int syllables;

	@Column(nullable = false)
	private int wpm;

	@Column(name = "wpm_low", nullable = false)
	private int wpmLow;

	@Column(name = "wpm_high", nullable = false)
	private int wpmHigh;

	@Column(length = 20000)
	private String transcript;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "rehearsal_pause", joinColumns = @JoinColumn(name = "rehearsal_id"))
	@OrderColumn(name = "pause_index")
	private List<Pause> pauses = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "rehearsal_section", joinColumns = @JoinColumn(name = "rehearsal_id"))
	@MapKeyColumn(name = "section_id", length = 64)
	@Column(name = "spoken_ms", nullable = false)
	private Map<String, Integer> sectionMs = new LinkedHashMap<>();

	protected Rehearsal() {
	}

	Rehearsal(long ownerId, long storyId, Instant createdAt, RehearsalMeasures measures) {
		this.ownerId = ownerId;
		this.storyId = storyId;
		this.createdAt = createdAt;
		this.durationMs = measures.durationMs();
		this.speakingMs = measures.speakingMs();
		this.longestRunMs = measures.longestRunMs();
		this.syllables = measures.syllables();
		this.wpm = measures.wpm();
		this.wpmLow = measures.wpmLow();
		this.wpmHigh = measures.wpmHigh();
		this.transcript = measures.transcript().isBlank() ? null : measures.transcript();
		measures.pauses().forEach(p -> pauses.add(new Pause(p.atMs(), p.lengthMs(), p.section())));
		this.sectionMs.putAll(measures.sectionMs());
	}

	/** A silence longer than two seconds: where it began, how long it was, the card on screen. */
	@Embeddable
	static class Pause {

		@Column(name = "at_ms", nullable = false)
		private int atMs;

		@Column(name = "length_ms", nullable = false)
		private int lengthMs;

		@Column(name = "section_id", length = 64)
		private String section;

		protected Pause() {
		}

		Pause(int atMs, int lengthMs, String section) {
			this.atMs = atMs;
			this.lengthMs = lengthMs;
			this.section = section;
		}

		RehearsalMeasures.PauseAt view() {
			return new RehearsalMeasures.PauseAt(atMs, lengthMs, section);
		}

	}

	RehearsalMeasures measures() {
		Map<String, Integer> sections = new LinkedHashMap<>(sectionMs);
		return new RehearsalMeasures(durationMs, speakingMs, longestRunMs, syllables, wpm, wpmLow, wpmHigh,
				pauses.stream().map(Pause::view).toList(), Collections.unmodifiableMap(sections),
				transcript == null ? "" : transcript);
	}

	Long getId() {
		return id;
	}

	Long getStoryId() {
		return storyId;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

}
