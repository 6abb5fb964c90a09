package dev.storysmith.practice.export;

import java.time.Clock;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.system.ApiProblems;

/**
 * The same Markdown exports for API clients (HTTP Basic or an access token). No
 * {@code produces} on purpose: a 404 must still be able to answer as problem JSON.
 */
@RestController
class ExportApiController {

	private final StoryExports exports;

	private final MarkdownWriter markdown;

	private final Clock clock;

	ExportApiController(StoryExports exports, MarkdownWriter markdown, Clock clock) {
		this.exports = exports;
		this.markdown = markdown;
		this.clock = clock;
	}

	@GetMapping("/api/stories/{id}/export.md")
	ResponseEntity<String> story(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Locale locale) {
		ExportedStory story = exports.one(me.id(), id)
			.orElseThrow(() -> ApiProblems.notFound("story", String.valueOf(id)));
		return MarkdownDownload.of(MarkdownDownload.fileName(story), markdown.story(story, locale));
	}

	@GetMapping("/api/stories/export.md")
	ResponseEntity<String> all(@AuthenticationPrincipal AccountPrincipal me, Locale locale) {
		return MarkdownDownload.of(ExportController.allFileName(clock),
				markdown.stories(exports.all(me.id()), clock.instant(), locale));
	}

}
