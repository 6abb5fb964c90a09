package dev.storysmith.story.backup;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the bytes of a backup into a {@link BackupDocument}, or says precisely why it cannot:
 * not JSON (with line and column), not a Storysmith backup, a version this app does not
 * know yet, or a story whose fields have the wrong shape (with its index).
 */
@Component
class BackupReader {

	private final JsonMapper json;

	private final ObjectReader storyReader;

	BackupReader(JsonMapper json) {
		this.json = json;
		// Within a known version every field has a meaning: a misspelt one is refused, not dropped.
		this.storyReader = json.readerFor(BackupDocument.BackupStory.class)
			.with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

	BackupDocument read(byte[] body) {
		if (body.length == 0) {
			throw malformed("body", "backup.body.empty");
		}
		JsonNode root;
		try {
			root = json.readTree(body);
		}
		catch (JacksonException ex) {
			TokenStreamLocation at = ex.getLocation();
			throw malformed("body", "backup.json.malformed", at == null ? 0 : at.getLineNr(),
					at == null ? 0 : at.getColumnNr());
		}
		if (root == null || !root.isObject()) {
			throw malformed("body", "backup.json.notObject");
		}
		JsonNode format = root.get("format");
		if (format == null || !format.isString() || !BackupDocument.FORMAT.equals(format.asString())) {
			throw BackupProblem.of(HttpStatus.BAD_REQUEST, "backup.problem.format", "format", "backup.format.wrong",
					BackupDocument.FORMAT);
		}
		JsonNode version = root.get("version");
		if (version == null || !version.isIntegralNumber() || version.asLong() < 1) {
			throw BackupProblem.of(HttpStatus.BAD_REQUEST, "backup.problem.version", "version",
					"backup.version.missing");
		}
		if (version.asLong() > BackupDocument.VERSION) {
			throw BackupProblem.of(HttpStatus.BAD_REQUEST, "backup.problem.version", "version",
					"backup.version.newer", version.asString(), BackupDocument.VERSION);
		}
		JsonNode stories = root.get("stories");
		if (stories == null || !stories.isArray()) {
			throw malformed("stories", "backup.stories.missing");
		}
		List<BackupDocument.BackupStory> read = new ArrayList<>();
		for (int i = 0; i < stories.size(); i++) {
			read.add(story(stories.get(i), i));
		}
		return new BackupDocument(BackupDocument.FORMAT, (int) version.asLong(), null, read);
	}

	private BackupDocument.BackupStory story(JsonNode node, int index) {
		String field = "stories[" + index + "]";
		if (!node.isObject()) {
			throw malformedStory(index, field, "backup.story.notObject");
		}
		try {
			return storyReader.readValue(node);
		}
		catch (JacksonException ex) {
			throw malformedStory(index, field + path(ex), "backup.story.malformed");
		}
	}

	/** ".sections.action" or ".revisions[0].overall": where in the story Jackson gave up. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append('.').append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static BackupProblem malformed(String field, String code, Object... arguments) {
		return BackupProblem.of(HttpStatus.BAD_REQUEST, "backup.problem.malformed", field, code, arguments);
	}

	private static BackupProblem malformedStory(int index, String field, String code) {
		return new BackupProblem(HttpStatus.BAD_REQUEST, "backup.problem.malformed", field, code,
				List.of(index, field), List.of(new BackupProblem.FieldError(index, field, code, List.of(index, field))));
	}

}
