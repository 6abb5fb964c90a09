package dev.storysmith.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One spec-style case: an input file {@code NAME.md} beside its expected outcome, either
 * {@code NAME.json} (what it parses to) or {@code NAME.error} (the reason it is refused).
 */
public record SpecCase(String name, String input, Optional<String> expectedJson, Optional<String> expectedError) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Runs the parser on the input and checks the outcome: the exception's message contains
	 * the expected error, or the result serialises to the expected JSON (printed when missing).
	 */
	public void verify(Class<? extends Exception> refusal, Callable<?> parse) throws Exception {
		if (expectedError.isPresent()) {
			assertThatThrownBy(parse::call).isInstanceOf(refusal).hasMessageContaining(expectedError.get());
			return;
		}
		String actual = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(parse.call());
		assertThat(expectedJson).as("expected %s.json, parsed:%n%s", name, actual).isPresent();
		assertThat(JSON.readTree(actual)).isEqualTo(JSON.readTree(expectedJson.get()));
	}

	@Override
	public String toString() {
		return name;
	}

	/** Every case in a test resource folder, by name. */
	public static Stream<SpecCase> in(String resourceFolder) {
		Path folder = folder(resourceFolder);
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> inputs = files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
			return inputs.stream().map(SpecCase::read);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static SpecCase read(Path input) {
		String base = input.getFileName().toString().replaceFirst("\\.md$", "");
		return new SpecCase(base, text(input), optionalText(input.resolveSibling(base + ".json")),
				optionalText(input.resolveSibling(base + ".error")));
	}

	private static Path folder(String resourceFolder) {
		try {
			return Path.of(SpecCase.class.getClassLoader().getResource(resourceFolder).toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Optional<String> optionalText(Path path) {
		return Files.exists(path) ? Optional.of(text(path)) : Optional.empty();
	}

	private static String text(Path path) {
		try {
			return Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
