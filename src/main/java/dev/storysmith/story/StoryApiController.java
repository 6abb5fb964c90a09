package dev.storysmith.story;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.rubric.Scorecard;
import dev.storysmith.system.ApiProblems;

/** {@code /api/stories}: the signed-in user's stories; another user's id answers 404. */
@RestController
@RequestMapping("/api/stories")
@Tag(name = "Stories", description = "Your own stories: only the signed-in owner sees or changes them")
@SecurityRequirement(name = "basicAuth")
@SecurityRequirement(name = "accessToken")
class StoryApiController {

	private final StoryService stories;

	StoryApiController(StoryService stories) {
		this.stories = stories;
	}

	/** The JSON body of create and update; {@code version} only matters for update. */
	record StoryRequest(String title, String framework, Map<String, String> sections, String unplacedNotes,
			List<String> questionIds, List<String> competencies, Long version) {

		StoryContent toContent() {
			return new StoryContent(title, framework, sections, unplacedNotes,
					questionIds == null ? Set.of() : Set.copyOf(questionIds),
					competencies == null ? Set.of() : Set.copyOf(competencies));
		}

	}

	/** A story with its current score. */
	record StoryResponse(long id, long version, String title, String framework, Map<String, String> sections,
			String unplacedNotes, Set<String> questionIds, Set<String> competencies, String createdAt,
			String updatedAt, Scorecard score) {

		static StoryResponse of(StoryView story, Scorecard score) {
			return new StoryResponse(story.id(), story.version(), story.title(), story.framework(), story.sections(),
					story.unplacedNotes(), story.questionIds(), story.competencies(), story.createdAt().toString(),
					story.updatedAt().toString(), score);
		}

	}

	/** A story as listed. */
	record StorySummary(long id, long version, String title, String framework, Set<String> questionIds,
			Set<String> competencies, Integer overall, String updatedAt) {
	}

	@Operation(summary = "List your stories, most recently changed first")
	@GetMapping
	List<StorySummary> list(@AuthenticationPrincipal AccountPrincipal me) {
		return stories.list(me.id())
			.stream()
			.map(s -> new StorySummary(s.id(), s.version(), s.title(), s.framework(), s.questionIds(), s.competencies(),
					s.lastOverall(), s.updatedAt().toString()))
			.toList();
	}

	@Operation(summary = "Create a story", description = "Answers 201 with Location, the new id, version 0 and the score.")
	@ApiResponse(responseCode = "201", description = "Created")
	@ApiResponse(responseCode = "400", description = "Unknown framework or section, a field too long, too many stories",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@PostMapping
	ResponseEntity<StoryResponse> create(@AuthenticationPrincipal AccountPrincipal me,
			@RequestBody StoryRequest request) {
		StoryView created = stories.create(me.id(), request.toContent());
		return ResponseEntity.created(URI.create("/api/stories/" + created.id())).body(withScore(created));
	}

	@Operation(summary = "Read one of your stories with its current score")
	@GetMapping("/{id}")
	StoryResponse one(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return withScore(stories.find(me.id(), id).orElseThrow(() -> new StoryExceptions.NotFound(id)));
	}

	@Operation(summary = "Replace a story's content",
			description = "Send the `version` you last read. If the story changed since, the save is refused "
					+ "with 409 and nothing is overwritten: read it again and merge.")
	@ApiResponse(responseCode = "200", description = "Saved; the answer carries the new version")
	@ApiResponse(responseCode = "409", description = "Stale version: someone saved in between",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	@PutMapping("/{id}")
	StoryResponse update(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestBody StoryRequest request) {
		if (request.version() == null) {
			throw ApiProblems.badRequest("version", "Send the 'version' you last read, so a stale save can be refused.");
		}
		return withScore(stories.update(me.id(), id, request.version(), request.toContent()));
	}

	@Operation(summary = "Delete a story and its revisions")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		if (!stories.delete(me.id(), id)) {
			throw new StoryExceptions.NotFound(id);
		}
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "The scored revisions of a story, newest first")
	@GetMapping("/{id}/revisions")
	List<RevisionView> revisions(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		stories.find(me.id(), id).orElseThrow(() -> new StoryExceptions.NotFound(id));
		return stories.revisions(me.id(), id);
	}

	private StoryResponse withScore(StoryView story) {
		return StoryResponse.of(story, stories.score(story.content()));
	}

}
