package dev.storysmith.story.export;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import dev.storysmith.system.Slugs;

/**
 * A Markdown file as a download: {@code text/markdown; charset=UTF-8}, an attachment with a
 * file name made only of {@code a-z0-9-}, so a title can neither break the header nor get
 * the text rendered as a page.
 */
final class MarkdownDownload {

	static final MediaType MARKDOWN = new MediaType("text", "markdown", StandardCharsets.UTF_8);

	private static final int MAX_NAME = 60;

	private MarkdownDownload() {
	}

	static ResponseEntity<String> of(String fileName, String markdown) {
		return ResponseEntity.ok()
			.contentType(MARKDOWN)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(markdown);
	}

	/** "Idempotent payments!" becomes "idempotent-payments.md"; a title with no letters, "story-12.md". */
	static String fileName(ExportedStory story) {
		String slug = Slugs.of(story.title());
		if (slug.length() > MAX_NAME) {
			slug = slug.substring(0, MAX_NAME).replaceAll("-+$", "");
		}
		return (slug.isEmpty() ? "story-" + story.id() : slug) + ".md";
	}

}
