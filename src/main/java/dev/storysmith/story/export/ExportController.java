package dev.storysmith.story.export;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.storysmith.account.AccountPrincipal;
import dev.storysmith.story.StoryExceptions;

/**
 * Export: one story or all as Markdown, for pages (session) and API clients (HTTP Basic or an
 * access token) on their two paths, and the story bank as a page made for printing. Another
 * user's story is a 404 like a missing one (a problem detail under {@code /api/}). No
 * {@code produces} on purpose: a 404 must still be able to answer as problem JSON.
 */
@Controller
class ExportController {

	static final String PRINT_VIEW = "export/print";

	private final StoryExports exports;

	private final MarkdownWriter markdown;

	private final Clock clock;

	ExportController(StoryExports exports, MarkdownWriter markdown, Clock clock) {
		this.exports = exports;
		this.markdown = markdown;
		this.clock = clock;
	}

	@GetMapping({ "/stories/{id}/export.md", "/api/stories/{id}/export.md" })
	ResponseEntity<String> story(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Locale locale) {
		ExportedStory story = exports.one(me.id(), id).orElseThrow(() -> new StoryExceptions.NotFound(id));
		return MarkdownDownload.of(MarkdownDownload.fileName(story), markdown.story(story, locale));
	}

	@GetMapping({ "/stories/export.md", "/api/stories/export.md" })
	ResponseEntity<String> all(@AuthenticationPrincipal AccountPrincipal me, Locale locale) {
		String name = "storysmith-stories-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".md";
		return MarkdownDownload.of(name, markdown.stories(exports.all(me.id()), clock.instant(), locale));
	}

	@GetMapping("/stories/print")
	String print(@AuthenticationPrincipal AccountPrincipal me, Model model) {
		List<ExportedStory> stories = exports.all(me.id());
		model.addAttribute("stories", stories);
		model.addAttribute("printedOn", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
		return PRINT_VIEW;
	}

}
