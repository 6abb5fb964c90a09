package dev.storysmith.story.backup;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupReaderTests {

	static final String STORY = """
			{"title": "Search", "framework": "star-l", "sections": {"action": "I rebuilt it."},
			 "unplacedNotes": "", "questionIds": ["proudest-project"], "competencies": ["ownership"],
			 "createdAt": "2025-03-01T09:15:00Z", "updatedAt": "2025-03-02T10:00:00Z",
			 "revisions": [{"number": 1, "createdAt": "2025-03-01T09:20:00Z", "title": "Search", "framework": "star-l",
			                "sections": {"action": "First go."}, "unplacedNotes": "", "overall": 41,
			                "criteria": {"metrics": 1, "role": 2}}]}""";

	final BackupReader reader = new BackupReader(JsonMapper.builder().build());

	@Test
	void readsAVersionOneBackup() {
		BackupDocument document = read("""
				{"format": "storysmith-backup", "version": 1, "exportedAt": "2025-03-03T00:00:00Z", "stories": [%s]}"""
			.formatted(STORY));

		BackupDocument.BackupStory story = document.stories().get(0);
		assertThat(story.title()).isEqualTo("Search");
		assertThat(story.createdAt()).isEqualTo(Instant.parse("2025-03-01T09:15:00Z"));
		assertThat(story.revisions().get(0).overall()).isEqualTo(41);
		assertThat(story.revisions().get(0).criteria()).containsEntry("role", 2);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			empty body                 | ''                                                                 | body    | backup.body.empty
			truncated JSON             | '{"format": "storysmith-backup", "version": 1, "stories": ['        | body    | backup.json.malformed
			a list, not an object      | '[1, 2]'                                                           | body    | backup.json.notObject
			no format                  | '{"version": 1, "stories": []}'                                    | format  | backup.format.wrong
			another format             | '{"format": "notion-export", "version": 1, "stories": []}'         | format  | backup.format.wrong
			version as text            | '{"format": "storysmith-backup", "version": "1", "stories": []}'   | version | backup.version.missing
			version 0                  | '{"format": "storysmith-backup", "version": 0, "stories": []}'     | version | backup.version.missing
			a newer version            | '{"format": "storysmith-backup", "version": 99, "stories": []}'    | version | backup.version.newer
			stories not a list         | '{"format": "storysmith-backup", "version": 1, "stories": {}}'     | stories | backup.stories.missing
			""")
	void refusesWithTheFieldAndReason(String name, String body, String field, String code) {
		assertThatThrownBy(() -> read(body)).isInstanceOfSatisfying(BackupProblem.class, problem -> {
			assertThat(problem.field()).isEqualTo(field);
			assertThat(problem.code()).isEqualTo(code);
		});
	}

	@Test
	void namesTheStoryAndFieldOfAWrongType() {
		String broken = STORY.replace("\"overall\": 41", "\"overall\": \"high\"");
		String document = """
				{"format": "storysmith-backup", "version": 1, "stories": [%s, %s]}""".formatted(STORY, broken);

		assertThatThrownBy(() -> read(document)).isInstanceOfSatisfying(BackupProblem.class, problem -> {
			assertThat(problem.field()).isEqualTo("stories[1].revisions[0].overall");
			assertThat(problem.errors()).extracting(BackupProblem.FieldError::story).containsExactly(1);
		});
	}

	@Test
	void refusesAnUnknownFieldInsteadOfDroppingIt() {
		String misspelt = STORY.replace("\"sections\": {\"action\": \"I rebuilt it.\"}",
				"\"sectons\": {\"action\": \"I rebuilt it.\"}");
		assertThatThrownBy(() -> read("""
				{"format": "storysmith-backup", "version": 1, "stories": [%s]}""".formatted(misspelt)))
			.isInstanceOfSatisfying(BackupProblem.class,
					problem -> assertThat(problem.field()).isEqualTo("stories[0].sectons"));
	}

	@Test
	void saysWhereTheJsonBreaks() {
		assertThatThrownBy(() -> read("{\n  \"format\": \"storysmith-backup\",\n  \"version\": 1 oops\n}"))
			.isInstanceOfSatisfying(BackupProblem.class, problem -> assertThat(problem.arguments()).first().isEqualTo(3));
	}

	private BackupDocument read(String body) {
		return reader.read(body.getBytes(StandardCharsets.UTF_8));
	}

}
