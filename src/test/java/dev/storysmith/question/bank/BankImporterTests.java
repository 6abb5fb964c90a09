package dev.storysmith.question.bank;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.util.FileSystemUtils;

import dev.storysmith.framework.FrameworkCatalog;
import dev.storysmith.question.BankSnapshots;
import dev.storysmith.question.QuestionCatalog;
import dev.storysmith.question.QuestionFilter;
import dev.storysmith.question.QuestionStore;
import dev.storysmith.question.QuestionSummary;

import static org.assertj.core.api.Assertions.assertThat;

@DataJpaTest
@Import(BankFixture.class)
class BankImporterTests {

	@TempDir
	Path bank;

	@Autowired
	FrameworkCatalog frameworks;

	@Autowired
	QuestionCatalog catalog;

	@Autowired
	QuestionStore store;

	@Autowired
	BankSnapshots snapshots;

	private BankImporter importer;

	@BeforeEach
	void copyFixtureBank() throws Exception {
		FileSystemUtils.copyRecursively(Path.of(getClass().getResource("/bank/fixture").toURI()), bank);
		importer = BankFixture.importer("file:" + bank + "/", frameworks, snapshots, store);
	}

	@Test
	void importsVocabularyFrameworksAndQuestions() {
		ImportReport report = importer.importBank();

		assertThat(report.failed()).isEmpty();
		assertThat(report.loaded()).containsExactlyInAnyOrder("competencies.md", "frameworks/star.md",
				"frameworks/star-l.md", "caching-win.md", "owned-an-outage.md");
		assertThat(catalog.competencies()).extracting("id").containsExactly("ownership", "technical-judgment");
		assertThat(frameworks.all()).extracting("id").containsExactly("star", "star-l");
		assertThat(frameworks.find("star-l").orElseThrow().sectionIds())
			.containsExactly("situation", "task", "action", "result", "lessons");
		assertThat(catalog.find("owned-an-outage").orElseThrow().sampleAnswers().get(0).sections())
			.containsEntry("lessons", "I learned to alert on lag; we now page on it.");
		assertThat(importer.lastReport()).isSameAs(report);
	}

	static Stream<Arguments> brokenFiles() {
		String ok = "competencies: [ownership]\ndifficulty: easy\n";
		return Stream.of(
				Arguments.of("invalid YAML", "---\nid: x\ntitle: [open\n" + ok + "---\n## Prompt\nHi.\n",
						"invalid YAML in the front matter"),
				Arguments.of("missing id", "---\ntitle: T\n" + ok + "---\n## Prompt\nHi.\n",
						"the front matter has no 'id'"),
				Arguments.of("missing title", "---\nid: no-title\n" + ok + "---\n## Prompt\nHi.\n",
						"the front matter has no 'title'"),
				Arguments.of("missing prompt", "---\nid: no-prompt\ntitle: T\n" + ok + "---\n## Pitfalls\n- a\n",
						"the '## Prompt' section is missing or empty"),
				Arguments.of("unknown competency",
						"---\nid: x\ntitle: T\ncompetencies: [astrology]\ndifficulty: easy\n---\n## Prompt\nHi.\n",
						"unknown competency 'astrology'"),
				Arguments.of("unknown framework",
						"---\nid: x\ntitle: T\n" + ok + "frameworks: [soar]\n---\n## Prompt\nHi.\n",
						"unknown framework 'soar'"),
				Arguments.of("duplicate id", "---\nid: caching-win\ntitle: Copy\n" + ok + "---\n## Prompt\nHi.\n",
						"duplicate id 'caching-win', already used by caching-win.md"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenFiles")
	void reportsABrokenFileAndLoadsTheRest(String label, String content, String reason) throws IOException {
		Files.writeString(bank.resolve("zz-broken.md"), content);

		ImportReport report = importer.importBank();

		assertThat(report.failed()).singleElement().satisfies(failure -> {
			assertThat(failure.file()).isEqualTo("zz-broken.md");
			assertThat(failure.reason()).contains(reason);
		});
		assertThat(activeIds()).containsExactlyInAnyOrder("caching-win", "owned-an-outage");
	}

	@Test
	void refusesAFileOverTheSizeLimit() throws IOException {
		String huge = "---\nid: huge\ntitle: T\ncompetencies: [ownership]\ndifficulty: easy\n---\n## Prompt\n"
				+ "word ".repeat(60_000);
		Files.writeString(bank.resolve("huge.md"), huge);

		ImportReport report = importer.importBank();

		assertThat(report.failed()).singleElement()
			.isEqualTo(new ImportReport.Failure("huge.md", "the file is larger than the limit of 256 KB"));
		assertThat(activeIds()).hasSize(2);
	}

	@Test
	void refusesAFileThatIsNotUtf8() throws IOException {
		byte[] latin1 = "---\nid: cafe\ntitle: Café\ncompetencies: [ownership]\ndifficulty: easy\n---\n## Prompt\nHi.\n"
			.getBytes(StandardCharsets.ISO_8859_1);
		Files.write(bank.resolve("latin1.md"), latin1);

		ImportReport report = importer.importBank();

		assertThat(report.failed()).singleElement()
			.isEqualTo(new ImportReport.Failure("latin1.md", "the file is not valid UTF-8 text"));
		assertThat(activeIds()).hasSize(2);
	}

	@Test
	void reportsABrokenFrameworkAndKeepsQuestionsThatDoNotNeedIt() throws IOException {
		Files.writeString(bank.resolve("frameworks/broken.md"), "---\nid: broken\nname: Broken\n---\n## Only\nShare: 100%\n");

		ImportReport report = importer.importBank();

		assertThat(report.failed()).singleElement().satisfies(f -> assertThat(f.file()).isEqualTo("frameworks/broken.md"));
		assertThat(activeIds()).hasSize(2);
	}

	@Test
	void skipsUnchangedFilesOnASecondImport() {
		importer.importBank();

		ImportReport second = importer.importBank();

		assertThat(second.unchanged()).containsExactlyInAnyOrder("competencies.md", "frameworks/star.md",
				"frameworks/star-l.md", "caching-win.md", "owned-an-outage.md");
		assertThat(second.loaded()).isEmpty();
		assertThat(second.retired()).isEmpty();
	}

	@Test
	void reportsABrokenCompetencyFileAndKeepsTheStoredVocabulary() throws IOException {
		importer.importBank();
		Path file = bank.resolve("competencies.md");
		Files.writeString(file, Files.readString(file).replace("Signals: system design, architecture", "Signals: design, , code"));

		ImportReport second = importer.importBank();

		assertThat(second.failed()).singleElement().satisfies(f -> {
			assertThat(f.file()).isEqualTo("competencies.md");
			assertThat(f.reason()).contains("competency 'technical-judgment' has an empty signal between commas");
		});
		assertThat(second.unchanged()).contains("caching-win.md", "owned-an-outage.md");
		assertThat(catalog.competencies()).extracting("id").containsExactly("ownership", "technical-judgment");
		assertThat(catalog.competencies().get(1).signals()).containsExactly("system design", "architecture");
	}

	@Test
	void storesAChangedSignalLine() throws IOException {
		importer.importBank();
		Path file = bank.resolve("competencies.md");
		Files.writeString(file, Files.readString(file).replace("Signals: system design, architecture",
				"Signals: system design, architecture, design reviews"));

		ImportReport second = importer.importBank();

		assertThat(second.loaded()).containsExactly("competencies.md");
		assertThat(catalog.competencies().get(1).signals()).containsExactly("system design", "architecture",
				"design reviews");
	}

	@Test
	void updatesAChangedFileInPlace() throws IOException {
		importer.importBank();
		Path file = bank.resolve("caching-win.md");
		Files.writeString(file, Files.readString(file).replace("Tell me about a performance win", "A faster checkout"));

		ImportReport second = importer.importBank();

		assertThat(second.loaded()).contains("caching-win.md");
		assertThat(catalog.find("caching-win").orElseThrow().title()).isEqualTo("A faster checkout");
	}

	@Test
	void retiresAQuestionWhoseFileIsGoneAndRevivesItWhenItReturns() throws IOException {
		importer.importBank();
		Path file = bank.resolve("caching-win.md");
		String content = Files.readString(file);
		Files.delete(file);

		ImportReport second = importer.importBank();

		assertThat(second.retired()).containsExactly("caching-win");
		assertThat(catalog.find("caching-win")).isEmpty();
		assertThat(activeIds()).containsExactly("owned-an-outage");

		Files.writeString(file, content);
		ImportReport third = importer.importBank();

		assertThat(third.loaded()).contains("caching-win.md");
		assertThat(catalog.find("caching-win")).isPresent();
	}

	@Test
	void keepsTheLastGoodVersionWhenAFileBreaks() throws IOException {
		importer.importBank();
		Files.writeString(bank.resolve("caching-win.md"), "---\nid: caching-win\n---\nno title any more\n");

		ImportReport second = importer.importBank();

		assertThat(second.failed()).extracting(ImportReport.Failure::file).containsExactly("caching-win.md");
		assertThat(second.retired()).isEmpty();
		assertThat(catalog.find("caching-win").orElseThrow().title()).isEqualTo("Tell me about a performance win");
	}

	static Stream<Arguments> hostileFiles() {
		String head = "---\nid: hostile\ntitle: T\ncompetencies: [ownership]\ndifficulty: easy\n---\n## Prompt\n";
		return Stream.of(Arguments.of("a thematic break of 2,000 dashes", head + "Hi.\n\n" + "-".repeat(2000) + "\n"),
				Arguments.of("10 KB of nested emphasis", head + "*".repeat(5000) + "x" + "*".repeat(5000) + "\n"),
				Arguments.of("5,000 nested quotes", head + ">".repeat(5000) + " deep\n"),
				Arguments.of("260 frameworks", head.replace("difficulty", "frameworks: ["
						+ String.join(", ", java.util.Collections.nCopies(260, "star")) + "]\ndifficulty") + "Hi.\n"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("hostileFiles")
	void skipsAndReportsAHostileFileAndLoadsTheRest(String label, String content) throws IOException {
		Files.writeString(bank.resolve("hostile.md"), content);

		ImportReport report = importer.importBank();

		assertThat(report.failed()).extracting(ImportReport.Failure::file).containsExactly("hostile.md");
		assertThat(report.failed().get(0).reason()).contains("limit");
		assertThat(activeIds()).containsExactlyInAnyOrder("caching-win", "owned-an-outage");
	}

	@Test
	void refusesAFileLinkedFromOutsideTheBank(@TempDir Path outside) throws IOException {
		Path secret = Files.writeString(outside.resolve("secret.md"),
				"---\nid: secret\ntitle: Outside\ncompetencies: [ownership]\ndifficulty: easy\n---\n## Prompt\nHi.\n");
		Files.createSymbolicLink(bank.resolve("linked.md"), secret);

		ImportReport report = importer.importBank();

		assertThat(report.failed()).singleElement()
			.isEqualTo(new ImportReport.Failure("linked.md", "the file is a link to a place outside the bank folder"));
		assertThat(catalog.find("secret")).isEmpty();
	}

	@Test
	void refusesTheFilesOfAFolderLinkedFromOutsideTheBank(@TempDir Path outside) throws IOException {
		Files.writeString(outside.resolve("elsewhere.md"),
				"---\nid: elsewhere\ntitle: Outside\ncompetencies: [ownership]\ndifficulty: easy\n---\n## Prompt\nHi.\n");
		Files.createSymbolicLink(bank.resolve("linked"), outside);

		ImportReport report = importer.importBank();

		assertThat(report.failed()).extracting(ImportReport.Failure::file).containsExactly("linked/elsewhere.md");
		assertThat(catalog.find("elsewhere")).isEmpty();
	}

	@Test
	void readsAFileLinkedFromInsideTheBank() throws IOException {
		Files.createDirectories(bank.resolve("archive"));
		Path moved = Files.move(bank.resolve("caching-win.md"), bank.resolve("archive/caching-win.txt"));
		Files.createSymbolicLink(bank.resolve("caching-win.md"), moved);

		ImportReport report = importer.importBank();

		assertThat(report.failed()).isEmpty();
		assertThat(activeIds()).contains("caching-win");
	}

	@Test
	void reportsAMissingBankFolderInsteadOfFailing() {
		BankImporter nowhere = BankFixture.importer("file:" + bank.resolve("missing") + "/", frameworks, snapshots, store);

		ImportReport report = nowhere.importBank();

		assertThat(report.failed()).singleElement().satisfies(f -> assertThat(f.reason()).contains("does not exist"));
	}

	private java.util.List<String> activeIds() {
		return catalog.search(QuestionFilter.none()).stream().map(QuestionSummary::id).toList();
	}

}
