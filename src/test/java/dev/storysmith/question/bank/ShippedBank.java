package dev.storysmith.question.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.storysmith.framework.FrameworkFileParser;
import dev.storysmith.framework.FrameworkView;
import dev.storysmith.question.CompetencyView;
import dev.storysmith.question.QuestionDetail;
import dev.storysmith.system.MarkdownFormatException;

/**
 * The bank in {@code questions/} read straight from its files with the importer's parsers, no
 * database: for tests that look at every question or answer one by one and need their names
 * before any Spring context exists (parameterized sources).
 */
record ShippedBank(List<CompetencyView> competencies, Map<String, FrameworkView> frameworks,
		List<QuestionDetail> questions) {

	static final Path FOLDER = Path.of("questions");

	/** Reads the whole bank; a file the importer would refuse fails here too, naming the file. */
	static ShippedBank read() {
		try {
			List<CompetencyView> competencies = new CompetencyFileParser().parse(text(FOLDER.resolve("competencies.md")));
			Map<String, FrameworkView> frameworks = new LinkedHashMap<>();
			FrameworkFileParser frameworkParser = new FrameworkFileParser();
			for (Path file : markdown(FOLDER.resolve("frameworks"))) {
				FrameworkView view = parse(file, () -> frameworkParser.parse(text(file)).view());
				frameworks.put(view.id(), view);
			}
			Set<String> vocabulary = competencies.stream().map(CompetencyView::id).collect(Collectors.toSet());
			QuestionFileParser parser = new QuestionFileParser(vocabulary, idOrName -> resolve(frameworks, idOrName));
			List<QuestionDetail> questions = new ArrayList<>();
			for (Path file : markdown(FOLDER)) {
				String name = file.getFileName().toString();
				if (!name.equals("competencies.md") && !name.equalsIgnoreCase("README.md")) {
					questions.add(parse(file, () -> parser.parse(text(file))));
				}
			}
			return new ShippedBank(competencies, frameworks, questions);
		}
		catch (MarkdownFormatException ex) {
			throw new IllegalStateException("competencies.md: " + ex.getMessage(), ex);
		}
	}

	private static Optional<FrameworkView> resolve(Map<String, FrameworkView> frameworks, String idOrName) {
		String wanted = idOrName.strip().toLowerCase(Locale.ROOT);
		return frameworks.values()
			.stream()
			.filter(f -> f.id().equals(wanted) || f.name().toLowerCase(Locale.ROOT).equals(wanted))
			.findFirst();
	}

	private interface Parse<T> {

		T get() throws MarkdownFormatException;

	}

	private static <T> T parse(Path file, Parse<T> parse) {
		try {
			return parse.get();
		}
		catch (MarkdownFormatException ex) {
			throw new IllegalStateException(file + ": " + ex.getMessage(), ex);
		}
	}

	private static List<Path> markdown(Path folder) {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
